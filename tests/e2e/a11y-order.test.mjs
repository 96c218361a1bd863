// Reading order follows visual order (issue 19, point 2), at 320 px (a small phone) and at
// 1280 px, on every page the build writes (EVERY_PAGE), with every evidence note open, and
// on the reflection's question and results screens.
//
// What a screen reader reads next is the next element in the DOM. Every visible heading,
// paragraph, list item, term, cell, link, control, label, legend, caption and picture is
// taken in DOM order, each placed by its first line box (where a reader's eye starts it);
// for each consecutive pair, the later one must not start
// - above the earlier one, unless it is in a column to its right (a grid's next column), nor
// - level with it but to its left (a row shown reversed).
// Hidden things (display none, visually hidden, the skip link off screen) and fixed notices
// are left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage, waitForApp, waitForInteractive } from './harness.mjs';
import { EVERY_PAGE, screen } from '../shared/pages.mjs';
import { DESKTOP, phoneSized } from '../shared/viewports.mjs';
import { QUIZ } from '../shared/selectors.mjs';
import { QUESTIONS } from '../shared/wording.mjs';

const WIDTHS = [phoneSized(320, 568, '320'), DESKTOP];

const site = useSite();

/** Page side: the pairs read in an order the eye would not follow, as text. */
function outOfOrder() {
  const SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, a, button, input:not([type=hidden]), '
    + 'select, textarea, summary, label, legend, figcaption, pre, blockquote, meter, progress, svg[role="img"]';
  const TOL = 2;
  const fixed = (el) => {
    for (let x = el; x; x = x.parentElement) if (getComputedStyle(x).position === 'fixed') return true;
    return false;
  };
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
  const items = [];
  for (const el of document.querySelectorAll(SELECTOR)) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    if (el.closest('svg[role="img"]') && el.tagName.toLowerCase() !== 'svg') continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const box = [...el.getClientRects()].find((r) => r.width > 1 && r.height > 1);
    if (!box || box.bottom + scrollY <= 0 || box.right + scrollX <= 0 || fixed(el)) continue;
    items.push({ el, top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left + scrollX, right: box.right + scrollX });
  }
  const wrong = [];
  for (let i = 1; i < items.length; i += 1) {
    const a = items[i - 1];
    const b = items[i];
    const above = b.bottom <= a.top + TOL;
    const rightColumn = b.left >= a.right - TOL;
    // On one line: their middles closer than half the smaller height. (Inline boxes of two
    // wrapped lines overlap a little, as the font's box is taller than the line spacing.)
    const level = Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) < Math.min(a.bottom - a.top, b.bottom - b.top) / 2;
    const toTheLeft = b.right <= a.left + TOL;
    if ((above && !rightColumn) || (level && toTheLeft)) {
      wrong.push(`${name(b.el)} at (${Math.round(b.left)}, ${Math.round(b.top)}) is read after ${name(a.el)} at (${Math.round(a.left)}, ${Math.round(a.top)})`);
    }
  }
  return { count: items.length, wrong };
}

async function check(page, what) {
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  const { count, wrong } = await page.evaluate(outOfOrder);
  assert.ok(count >= 15, `${what}: ${count} elements read`);
  assert.deepEqual(wrong, [], `${what}: reading order differs from what is shown`);
  return count;
}

async function open(page, path) {
  await page.goto(site.url(path));
  await waitForApp(page);
  await waitForInteractive(page);
}

for (const vp of WIDTHS) {
  for (const path of EVERY_PAGE) {
    test(`reading order is visual order on /${path} at ${vp.viewport.width} px`, async () => {
      await withPage(site.browser, vp, {}, async ({ page, errors }) => {
        await open(page, path);
        // Every evidence note open, so their contents are in the order too.
        for (const toggle of await page.locator('.evidence__toggle[aria-expanded="false"]').all()) {
          if (await toggle.isVisible()) await toggle.click();
        }
        await check(page, `/${path}`);
        assert.deepEqual(errors, []);
      });
    });
  }

  test(`reading order is visual order on the reflection's question and results at ${vp.viewport.width} px`, async () => {
    await withPage(site.browser, vp, {}, async ({ page, errors }) => {
      await open(page, screen('reflect').address);
      await page.locator(QUIZ.start).click();
      await page.locator(QUIZ.question).waitFor({ timeout: 5000 });
      await page.locator(QUIZ.choice).nth(2).click();
      await check(page, 'a question');
      for (let n = 0; n < QUESTIONS; n += 1) {
        await page.locator(QUIZ.next).click();
      }
      await page.locator(QUIZ.results).waitFor({ timeout: 5000 });
      await check(page, 'the results');
      await page.locator(QUIZ.forgetAsk).click();
      await check(page, 'forget, asking first');
      assert.deepEqual(errors, []);
    });
  });
}
