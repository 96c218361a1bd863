// The walkthrough's figure labels stay readable at every width: at 320, 360, 390 and
// 1280 px, in every state of every step's figure and of the comparison, no label overlaps
// another label or leaves its figure (the drawing scales with the column, so a label that
// fits at one width can collide at another), and no drawn line runs through a label (as
// the head's outline once ran through "Sadness").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { FIGURE } from '../shared/selectors.mjs';
import { FIGURES } from './walkthrough.mjs';

const WIDTHS = [320, 360, 390, 1280];
/** How far (px) two boxes may touch before it counts as overlapping: rounding only. */
const SLACK = 0.5;

const site = useSite();

/** Every shown label of the figure's drawing, and the drawing's own box, once its motion
 * has played. */
function labels(page) {
  return page.evaluate(() => {
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
  });
}

const overlaps = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK
  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;

function check({ figure, labels: shown, crossed }, where) {
  assert.ok(shown.length > 0, `${where}: labels`);
  assert.deepEqual(crossed, [], `${where}: lines through labels`);
  for (const l of shown) {
    const inside = l.left >= figure.left - SLACK && l.right <= figure.right + SLACK
      && l.top >= figure.top - SLACK && l.bottom <= figure.bottom + SLACK;
    assert.ok(inside, `${where}: "${l.text}" leaves its figure`);
  }
  for (let i = 0; i < shown.length; i += 1) {
    for (let j = i + 1; j < shown.length; j += 1) {
      assert.ok(!overlaps(shown[i], shown[j]), `${where}: "${shown[i].text}" overlaps "${shown[j].text}"`);
    }
  }
}

for (const width of WIDTHS) {
  test(`${width} px: no figure label overlaps another or leaves its figure, in any state`, async () => {
    const vp = { name: `w${width}`, viewport: { width, height: 800 }, isMobile: width < 800, hasTouch: false, deviceScaleFactor: 1 };
    const { context, page, errors } = await openPage(site.browser, vp, { reducedMotion: 'reduce' });
    try {
      for (const { place: n, address } of FIGURES) {
        await page.goto(site.url(address));
        await waitForApp(page);
        await page.waitForSelector(FIGURE.controls);
        check(await labels(page), `${width} px, figure ${n} at rest`);
        const count = await page.locator(FIGURE.choice).count();
        for (let c = 0; c < count; c += 1) {
          const before = await page.locator(FIGURE.caption).textContent();
          await page.locator(FIGURE.choice).nth(c).click();
          await page.waitForFunction((t) => document.querySelector('.tfig__caption').textContent !== t, before);
          check(await labels(page), `${width} px, figure ${n}, choice ${c + 1}`);
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
