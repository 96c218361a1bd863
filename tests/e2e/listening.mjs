// A Chromium page listened to as a screen reader meets it: what every live region says
// and where focus is (the page-side recorders of tests/shared/listen.mjs).
import { startListening, takeHeard, focusReport } from '../shared/listen.mjs';
import { waitForApp, waitForInteractive } from '../shared/chromium.mjs';

/** Opens the page at `path` of `site`, waits until the app is live, and starts listening. */
export async function openListening(page, site, path) {
  await page.goto(site.url(path));
  await waitForApp(page);
  await waitForInteractive(page);
  await page.evaluate(startListening);
}

/** Everything said since the last call. */
export const heard = (page) => page.evaluate(takeHeard);
/** Where focus is, as a screen reader would say it on arriving. */
export const focus = (page) => page.evaluate(focusReport);
/** Waits `ms` for anything late to be said. */
export const settle = (page, ms) => page.waitForTimeout(ms);
