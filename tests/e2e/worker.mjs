// The service worker in the Chromium suites: waiting until it controls a page.
import { openPage, waitForApp } from '../shared/chromium.mjs';

/** Waits until a service worker controls the page (first visit: after clients.claim). */
export async function waitForWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Opens the page at `path` of `site` at `vp` (see openPage), and waits for the app and
 * for the service worker to control it. */
export async function openControlled(site, vp, path, options) {
  const opened = await openPage(site.browser, vp, options);
  await opened.page.goto(site.url(path));
  await waitForApp(opened.page);
  await waitForWorker(opened.page);
  return opened;
}
