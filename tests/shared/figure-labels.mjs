// Whether a walkthrough figure's drawn labels are readable: none overlaps another, none
// leaves its figure, and no drawn line runs through one. One check for every engine: the
// Chromium suite runs it at four widths (tests/e2e/figure-labels.test.mjs), Firefox and
// WebKit at their two sizes (tests/engines/scenarios/tears.mjs), since each engine lays
// text out with its own metrics.
import assert from 'node:assert/strict';
import { SCREENS } from './pages.mjs';

/** The walkthrough's screens that show a figure: every step, then the comparison. */
export const FIGURES = SCREENS.filter((s) => s.place !== null);

/** How far (px) two boxes may touch before it counts as overlapping: rounding only. */
const SLACK = 0.5;

/** In the page (self-contained, for any driver's evaluate): every shown label of the
 * figure's drawing, and the drawing's own box, once its motion has played. */
export function figureLabels() {
  const svg = document.querySelector('.tears__figure svg');
  svg.getAnimations({ subtree: true }).forEach((a) => a.finish());
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return {
    figure: box(svg.getBoundingClientRect()),
    labels: [...svg.querySelectorAll('text')]
      .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).opacity !== '0' && t.textContent.trim())
      .map((t) => ({ text: t.textContent.trim(), ...box(t.getBoundingClientRect()) })),
    // Points inside each label's box (a 11 x 3 grid) that lie on a drawn line.
    crossed: [...svg.querySelectorAll('text')].flatMap((t) => {
      const bb = t.getBBox();
      return [...svg.querySelectorAll('path, circle, ellipse, line, rect')]
        .filter((s) => s.getClientRects().length > 0 && getComputedStyle(s).stroke !== 'none')
        .filter((s) => {
          const toShape = s.getCTM().inverse().multiply(t.getCTM());
          for (let i = 1; i < 12; i += 1) {
            for (let j = 1; j < 4; j += 1) {
              const p = new DOMPoint(bb.x + (bb.width * i) / 12, bb.y + (bb.height * j) / 4).matrixTransform(toShape);
              if (s.isPointInStroke(p)) return true;
            }
          }
          return false;
        })
        .map((s) => `"${t.textContent.trim()}" is crossed by a ${s.tagName} (${s.getAttribute('class')})`);
    }),
  };
}

const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK
  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

/** Asserts that what `figureLabels` found is readable; `where` names the figure and state. */
export function checkFigureLabels({ figure, labels: shown, crossed }, where) {
  assert.ok(shown.length > 0, `${where}: labels`);
  assert.deepEqual(crossed, [], `${where}: lines through labels`);
  for (const l of shown) {
    const inside = l.left >= figure.left - SLACK && l.right <= figure.right + SLACK
      && l.top >= figure.top - SLACK && l.bottom <= figure.bottom + SLACK;
    const px = (b) => [b.left, b.top, b.right, b.bottom].map((v) => v.toFixed(1)).join(', ');
    assert.ok(inside, `${where}: "${l.text}" leaves its figure (${px(l)} outside ${px(figure)})`);
  }
  for (let i = 0; i < shown.length; i += 1) {
    for (let j = i + 1; j < shown.length; j += 1) {
      assert.ok(!overlaps(shown[i], shown[j]), `${where}: "${shown[i].text}" overlaps "${shown[j].text}"`);
    }
  }
}
