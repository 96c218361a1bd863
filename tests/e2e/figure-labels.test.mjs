// The walkthrough's figure labels stay readable at every width: at 320, 360, 390 and
// 1280 px, in every state of every step's figure and of the comparison, no label overlaps
// another label or leaves its figure (the drawing scales with the column, so a label that
// fits at one width can collide at another), and no drawn line runs through a label (as
// the head's outline once ran through "Sadness").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { FIGURE } from '../shared/selectors.mjs';
import { FIGURES, figureLabels, checkFigureLabels } from '../shared/figure-labels.mjs';

const WIDTHS = [320, 360, 390, 1280];

const site = useSite();

for (const width of WIDTHS) {
  test(`${width} px: no figure label overlaps another or leaves its figure, in any state`, async () => {
    const vp = { name: `w${width}`, viewport: { width, height: 800 }, isMobile: width < 800, hasTouch: false, deviceScaleFactor: 1 };
    const { context, page, errors } = await openPage(site.browser, vp, { reducedMotion: 'reduce' });
    try {
      for (const { place: n, address } of FIGURES) {
        await page.goto(site.url(address));
        await waitForApp(page);
        await page.waitForSelector(FIGURE.controls);
        checkFigureLabels(await page.evaluate(figureLabels), `${width} px, figure ${n} at rest`);
        const count = await page.locator(FIGURE.choice).count();
        for (let c = 0; c < count; c += 1) {
          const before = await page.locator(FIGURE.caption).textContent();
          await page.locator(FIGURE.choice).nth(c).click();
          await page.waitForFunction((t) => document.querySelector('.tfig__caption').textContent !== t, before);
          checkFigureLabels(await page.evaluate(figureLabels), `${width} px, figure ${n}, choice ${c + 1}`);
        }
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
