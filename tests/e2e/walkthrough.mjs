// The tears walkthrough in the Chromium suites: where a reader is in it, and moving by
// swipe. Addresses, headings and the step count come from the page table.
import assert from 'node:assert/strict';
import { stepAddress, headingOf, screen } from '../shared/pages.mjs';
import { HEADING, TEARS } from '../shared/selectors.mjs';
import { stepProgress } from '../shared/wording.mjs';
import { waitForApp } from '../shared/chromium.mjs';

/** The walkthrough's screens that show a figure (one list, with the label check). */
export { FIGURES } from '../shared/figure-labels.mjs';

/** The absolute address a link leads to. */
export const target = (locator) => locator.evaluate((a) => a.href);

/** Opens the page at `path` of `site` and waits for the app. */
export async function open(page, site, path) {
  await page.goto(site.url(path));
  await waitForApp(page);
}

/** Waits until the page shows the screen at `address`, at its own address in `site`. */
export function waitForScreen(page, site, address, { timeout } = {}) {
  return page.waitForFunction(
    ([url, heading, h1]) => document.querySelector(h1)?.textContent === heading && location.href === url,
    [site.url(address), headingOf(address), HEADING],
    { timeout },
  );
}

/** Waits until step `n` shows, with the address, progress, dot and navigation to match. */
export async function expectStep(page, site, n) {
  await waitForScreen(page, site, stepAddress(n));
  assert.equal(page.url(), site.url(stepAddress(n)));
  assert.equal(await page.locator(TEARS.progress).textContent(), stepProgress(n));
  assert.equal(await page.locator('[aria-current="step"]').getAttribute('aria-label'), await page.locator(TEARS.dot).nth(n - 1).getAttribute('aria-label'));
  // Said once: the focused heading is described by the progress line; no live region too.
  assert.equal(await page.locator(HEADING).getAttribute('aria-describedby'), 'tears-progress');
  assert.equal(await page.locator('main [aria-live]').count(), 0);
  assert.equal(await target(page.locator('nav a[aria-current="page"]')), site.url(screen('tears').address));
}

/** True if focus is on the walkthrough's heading (where a step change puts it). */
export function focusIsOnHeading(page) {
  return page.evaluate(() => document.activeElement?.id === 'tears-heading' && document.activeElement.tagName === 'H1');
}

/** A sideways swipe over the picture: real touch input on a touch screen, pointer events otherwise. */
export async function swipe(page, context, vp, dx) {
  const box = await page.locator(TEARS.figure).boundingBox();
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + Math.min(box.height / 2, 100);
  if (vp.hasTouch) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  } else {
    await page.evaluate(([x, y, dx]) => {
      const el = document.elementFromPoint(x, y);
      const init = { pointerType: 'touch', pointerId: 9, isPrimary: true, bubbles: true, clientY: y };
      el.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x }));
      el.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx }));
    }, [x, y, dx]);
  }
}
