// The walkthrough, in every engine: every step by Next, Back, the dots and the arrow keys;
// an evidence note; on to the comparison; and every figure's labels, in every state, laid
// out with the engine's own text metrics.
import assert from 'node:assert/strict';
import { STEPS, stepAddress, comparison, pageName } from '../../shared/pages.mjs';
import { TEARS, EVIDENCE_TOGGLE, FIGURE } from '../../shared/selectors.mjs';
import { FIGURES, figureLabels, checkFigureLabels } from '../../shared/figure-labels.mjs';
import { open, expectScreen, expectStep } from '../page-helpers.mjs';

export const TEARS_SCENARIOS = [
  ['the whole walkthrough by Next, Back, the dots and the arrow keys; compare', async (d, { origin }) => {
    await open(d, origin, stepAddress(1));
    for (let n = 2; n <= STEPS; n += 1) { await d.click(TEARS.next); await expectStep(d, n); }
    for (let n = STEPS - 1; n >= 1; n -= 1) { await d.click(TEARS.back); await expectStep(d, n); }
    // By the dots: a middle step, the second, the last; then the first.
    for (const n of [Math.ceil(STEPS / 2) + 1, 2, STEPS, 1]) { await d.click(TEARS.dot, n - 1); await expectStep(d, n); }
    // Keys, with focus in the walkthrough (it is on the heading after a change).
    await d.eval((s) => document.querySelector(s).focus(), TEARS.heading);
    for (let n = 2; n <= STEPS; n += 1) { await d.press('ArrowRight'); await expectStep(d, n); }
    await d.press('ArrowRight');
    await expectStep(d, STEPS);
    for (let n = STEPS - 1; n >= 1; n -= 1) { await d.press('ArrowLeft'); await expectStep(d, n); }
    // Evidence notes open and close.
    await d.click(EVIDENCE_TOGGLE);
    assert.equal(await d.eval((s) => document.querySelector(s).getAttribute('aria-expanded'), EVIDENCE_TOGGLE), 'true');
    await d.screenshot('tears-note-open');
    await d.click(TEARS.compareLink);
    await expectScreen(d, comparison().address);
    await d.screenshot(pageName(comparison().address));
  }],
  ['no figure label overlaps another, leaves its figure or is crossed by a line, in any state', async (d, { origin, size }) => {
    for (const { place: n, address } of FIGURES) {
      await open(d, origin, address);
      const where = `${d.engine} ${size.width} px, figure ${n}`;
      checkFigureLabels(await d.eval(figureLabels), `${where} at rest`);
      const count = await d.eval((s) => document.querySelectorAll(s).length, FIGURE.choice);
      for (let c = 0; c < count; c += 1) {
        const before = await d.eval((s) => document.querySelector(s).textContent, FIGURE.caption);
        await d.click(FIGURE.choice, c);
        await d.waitFor(([s, t]) => document.querySelector(s).textContent !== t, [FIGURE.caption, before]);
        checkFigureLabels(await d.eval(figureLabels), `${where}, choice ${c + 1}`);
      }
    }
  }],
];
