// The app embedded in a host page's iframe, in the Chromium suites: finding the frame, and
// waiting until it fits its content.
import assert from 'node:assert/strict';
import { APP_HEADING, WIDGET_FRAME } from '../shared/selectors.mjs';

/** The widget's frame (the loader's, or `selector`'s) once the app inside it has mounted;
 * its element handle too. */
export async function widgetFrame(page, selector = WIDGET_FRAME) {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await frame.waitForSelector(APP_HEADING);
  return { handle, frame };
}

/** Waits until the iframe's height matches its content (within a few pixels) and the
 * content does not scroll inside it. */
export async function waitForFit(page, handle, frame) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    last = { outer, inner, scroll };
    if (Math.abs(outer - inner) <= 4 && scroll <= 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe does not fit its content: ${JSON.stringify(last)}`);
}
