// The walkthrough, in every engine: every step by Next, Back, the dots and the arrow keys;
// an evidence note; on to the comparison.
import assert from 'node:assert/strict';
import { STEPS, stepAddress, comparison, pageName } from '../../shared/pages.mjs';
import { TEARS, EVIDENCE_TOGGLE } from '../../shared/selectors.mjs';
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
];
