// The system Chromium (Playwright) for the Chromium suites and the benchmarks: launching
// it with the site, opening pages that record what went wrong, and waiting for the app.
// The suites take these through tests/e2e/harness.mjs, which also closes what a test left
// open; the benchmarks use them directly.
import { chromium } from 'playwright-core';
import { serveSite } from './site.mjs';
import { APP_HEADING } from './selectors.mjs';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Chromium from calling out to the closed network here. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches the system Chromium, headless, with `args` besides the usual flags. */
export function launchChromium({ args = [] } = {}) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...args] });
}

/** Every browser context opened here and not closed yet. */
export const openContexts = new Set();

/** Closes `closable` (a context or a browser), giving up after `ms`: a browser that no
 * longer answers must not hold the run. */
export async function closeWithin(closable, ms = 15_000) {
  let timer;
  const late = new Promise((ok) => { timer = setTimeout(ok, ms); });
  await Promise.race([closable.close().catch(() => {}), late]);
  clearTimeout(timer);
}

/** Serves the site (see serveSite: `dir`, `base`, `headers`) and starts Chromium; the
 * result is the site with `browser`, and `stop()` ends both. */
export async function startSite(options = {}) {
  const site = await serveSite(options);
  const browser = await launchChromium(options);
  return {
    ...site,
    browser,
    async stop() {
      await closeWithin(browser);
      await site.stop();
    },
  };
}

/**
 * Opens a page at a viewport, recording console errors, page errors and every request,
 * so tests can assert none went wrong and nothing left the site's own origin.
 */
export async function openPage(browser, vp, { reducedMotion = 'no-preference', colorScheme = 'light', javaScriptEnabled = true, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({
    serviceWorkers,
    viewport: vp.viewport,
    isMobile: vp.isMobile,
    hasTouch: vp.hasTouch,
    deviceScaleFactor: vp.deviceScaleFactor,
    reducedMotion,
    colorScheme,
    javaScriptEnabled,
  });
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  const page = await context.newPage();
  const errors = [];
  // Any Content-Security-Policy violation counts as an error in every test.
  await page.exposeBinding('__reportCspViolation', (_source, text) => errors.push(`csp violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportCspViolation?.(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`console.${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  return { context, page, errors, requests };
}

/** Opens a page as [`openPage`] does, runs `body` with it, and closes its context
 * whatever happens. */
export async function withPage(browser, vp, options, body) {
  const opened = await openPage(browser, vp, options);
  try {
    return await body(opened);
  } finally {
    await closeWithin(opened.context);
  }
}

/** Waits until the app has mounted, or its prerendered copy is there (the screen's h1). */
export async function waitForApp(page) {
  await page.waitForSelector(APP_HEADING, { state: 'attached' });
}

/** Waits until the live app has replaced the prerendered copy in `scope` (a page or a
 * frame): the app's `app-interactive` mark. */
export async function waitForInteractive(scope, { timeout } = {}) {
  await scope.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout });
}

/** Counts, from before the app loads, every History API call (`window.__history`) and
 * every animation frame requested (`window.__frames`); `calls(page)` reads both. */
export async function countCalls(context) {
  await context.addInitScript(() => {
    window.__history = 0;
    window.__frames = 0;
    for (const name of ['pushState', 'replaceState']) {
      const original = History.prototype[name];
      History.prototype[name] = function (...args) { window.__history += 1; return original.apply(this, args); };
    }
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => { window.__frames += 1; return raf(cb); };
  });
}
export const calls = (page) => page.evaluate(() => ({ history: window.__history, frames: window.__frames }));

/** Presses `locator` as a reader at `vp` would: a tap on a touch screen, else a click. */
export const tapOrClick = (vp, locator) => (vp.hasTouch ? locator.tap() : locator.click());

/** DevTools' "Slow 4G", as Lighthouse's mobile profile applies it: 150 ms and 1.6 Mbps,
 * with DevTools' own factors (x3.75 latency, x0.9 bandwidth). */
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (675 * 0.9 * 1024) / 8 };

/** Makes `page` a slow phone for the benchmarks: Slow 4G and a 4x slower CPU. Returns the
 * DevTools session, for anything more a benchmark sets. */
export async function emulateSlowPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}
