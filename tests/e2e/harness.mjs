// Shared harness for the end-to-end tests: one static server for the built site, the
// system Chromium, the two widths every test runs at, and checks every page must pass.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { afterEach } from 'node:test';
import { readFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { serve } from '../../scripts/static-server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The widths every end-to-end test runs at. */
export const VIEWPORTS = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

/** Flags that keep Chromium from calling out to the closed network here. */
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const DIST = process.env.DIST ?? 'dist';

/** Every browser context a test opened and has not closed. */
const openContexts = new Set();

/** Closes `closable` (a context or a browser), giving up after `ms`: a browser that no
 * longer answers must not hold the test run. */
async function closeWithin(closable, ms = 15_000) {
  let timer;
  const late = new Promise((ok) => { timer = setTimeout(ok, ms); });
  await Promise.race([closable.close().catch(() => {}), late]);
  clearTimeout(timer);
}

// After every test of every file that uses this harness, whatever the test did (passed,
// failed an assertion, or timed out), the contexts it opened are closed, so no page keeps
// working in the background into the next test.
afterEach(async () => {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => closeWithin(c)));
});

/** Every page the build writes, by its folder below the site's own (home is ''): each
 * screen standalone, and the sections in the embed layout under `frame/`. */
export const PAGES = ['', 'tears/', 'tears/2/', 'tears/3/', 'tears/4/', 'tears/5/', 'tears/6/', 'tears/compare/', 'flow/', 'reflect/', 'embed/'];
export const FRAME_PAGES = PAGES.filter((p) => p !== 'embed/').map((p) => `frame/${p}`);

/** The address of the walkthrough's step `n` (1 to 6) below the site's folder. */
export const stepPath = (n) => (n === 1 ? 'tears/' : `tears/${n}/`);

/** Starts the site on a free port and Chromium; returns both and a way to stop them.
 * `base` serves the site from a sub-folder (`/tools/why-we-cry/`) instead of the root;
 * `site.url(path)` is the address of a page below the site's folder either way. */
export async function startSite({ dir = DIST, headers, base = '/' } = {}) {
  const server = await serve({ dir, port: 0, headers, base });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    origin,
    base,
    url: (path = '') => `${origin}${base}${path}`,
    browser,
    server,
    async stop() {
      await closeWithin(browser);
      server.closeAllConnections?.();
      await new Promise((ok) => server.close(ok));
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

/** Waits until a service worker controls the page (first visit: after clients.claim). */
export async function waitForWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Opens the page at `path` of `site` in a real profile (installability is never granted
 * in an incognito-like context) and asserts Chromium would install the app: no
 * installability errors, the manifest's icons served, its start and scope the site's
 * folder. */
export async function assertInstallable(site, path) {
  const profile = mkdtempSync(join(tmpdir(), 'crying-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: VIEWPORTS[0].viewport,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url(path));
    await waitForApp(page);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, site.url('manifest.webmanifest'));
    const manifest = JSON.parse(data);
    assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512', 'any']);
    assert.equal(new URL(manifest.start_url, url).href, site.url());
    assert.equal(new URL(manifest.scope, url).href, site.url());
    for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, url))).status, 200, icon.src);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Waits until the app has mounted (the shell's main region exists). */
export async function waitForApp(page) {
  await page.waitForSelector('main#main h1', { state: 'attached' });
}

/** Runs axe-core with the WCAG 2.2 A/AA rule tags; returns the violations. */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** True if the page can scroll sideways (it never should). */
export function hasHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Writes a full-page screenshot under target/screenshots/. */
export async function screenshot(page, name) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true });
}

/** Requests that went anywhere but the site itself. */
export function foreignRequests(requests, origin) {
  return requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
}

/** Finishes the quiz in `scope` (a page or a frame), choosing answers by position; returns
 * the chosen answers' text. */
export async function finishQuiz(scope, { from = 0 } = {}) {
  if (from === 0) await scope.locator('.quiz-start').click();
  const chosen = [];
  for (let n = from; n < 10; n += 1) {
    await scope.locator('.quiz-question').waitFor();
    const choice = scope.locator('.choice').nth(n % 4);
    chosen.push((await choice.textContent()).trim());
    await choice.click();
    await scope.locator('.quiz-next').click();
  }
  await scope.locator('.quiz-results').waitFor();
  return chosen;
}

const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

/**
 * Starts a host site on another origin (another port) for pages that embed the app at
 * `appOrigin`, without the app's own security headers. `host.page(file, values)` writes a
 * fixture from tests/e2e/fixtures/ with its {{PLACEHOLDERS}} filled (HTML-escaped) and
 * returns its URL.
 */
export async function startHost(appOrigin) {
  const dir = mkdtempSync(join(tmpdir(), 'crying-host-'));
  const server = await serve({ dir, port: 0, security: {} });
  const origin = `http://127.0.0.1:${server.address().port}`;
  let n = 0;
  return {
    origin,
    page(file, values = {}) {
      const all = { APP: appOrigin, SECTION: 'tears', THEME: 'auto', ACCENT: '', THERAPIST: '', ...values };
      const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const html = readFileSync(join(FIXTURES, file), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => escape(all[k] ?? ''));
      const name = `page-${(n += 1)}.html`;
      writeFileSync(join(dir, name), html);
      return `${origin}/${name}`;
    },
    async stop() {
      await new Promise((ok) => server.close(ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
