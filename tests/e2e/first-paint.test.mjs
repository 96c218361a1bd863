// The reader's first second: every page's file already holds its own screen's words, so
// on a slow phone the heading painted in the very first frame is the one the screen
// settles on (standalone, embedded by the loader, and through old `#/` links); the app
// then takes over without moving anything (no layout shift).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, useHost, openPage } from './harness.mjs';
import { DIST, PAGES, EVERY_PAGE, SECTIONS, NOT_FOUND_FILE, screen, stepAddress, comparison, headingOf, framePath, oldLink } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { WIDGET_FRAME, HEADING } from '../shared/selectors.mjs';
import { CRISIS_LINES } from '../shared/wording.mjs';

/** The slow phone every page is judged on: 4x CPU, 150 ms round trip, 1.6 Mbps down. */
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const site = useSite();
const host = useHost(site);

/**
 * A cold page on the slow phone that reports, from its first animation frame, every
 * change of the heading a reader can see (in the top page and in frames), and collects
 * layout shifts.
 */
async function slowPhone() {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const seen = [];
  await page.exposeBinding('__heading', ({ frame }, sample) => seen.push({ ...sample, top: frame === page.mainFrame() }));
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    let last;
    const tick = () => {
      const h = document.querySelector('main h1');
      const shown = h && !document.documentElement.hidden && h.checkVisibility() ? h.textContent.trim() : null;
      if (shown !== last) {
        last = shown;
        const interactive = performance.getEntriesByName('app-interactive').length > 0;
        const loading = document.readyState === 'loading';
        window.__heading({ heading: shown, interactive, loading, path: location.pathname, t: performance.now() });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return { context, page, errors, seen };
}

/** Waits for the app in `scope` and a moment more; returns its settled heading. */
async function settle(scope) {
  await scope.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 60000 });
  await scope.waitForTimeout(300);
  return (await scope.locator(HEADING).first().textContent()).trim();
}

/**
 * Every heading a reader could see was `settled`, and one was seen before the app ran.
 * On the slow network a frame can be painted while the page's file is still arriving,
 * with the heading's element parsed and its text not yet whole: that is the settled
 * heading still loading, not another one, so such a frame (document still loading, text
 * a beginning of the settled heading) is not counted.
 */
function assertOnlyHeading(seen, settled, label) {
  const arriving = (s) => s.loading && s.heading !== settled && settled.startsWith(s.heading ?? '');
  const shown = seen.filter((s) => s.heading !== null && !arriving(s));
  assert.ok(shown.length > 0, `${label}: a heading was painted`);
  assert.ok(shown.some((s) => !s.interactive), `${label}: painted before the app started`);
  assert.deepEqual([...new Set(shown.map((s) => s.heading))], [settled], `${label}: ${JSON.stringify(shown)}`);
}

test('every page file holds its own screen, title, description and canonical link, with no inline script but a pre-paint one', () => {
  const titles = new Set();
  for (const path of EVERY_PAGE) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    assert.match(html, /<main id="?main"?[^>]*>[\s\S]*<h1/, path);
    assert.match(html, /<meta name=description content="[^"]{40,}">/, path);
    assert.match(html, /<link rel=canonical href="[^"]+">/, path);
    for (const text of [...CRISIS_LINES.map((l) => `href="${l}"`), 'Natasha Kelly']) assert.ok(html.includes(text), `${path}: ${text}`);
    // The page's words (JSON) and the wasm (bytes) are data blocks, which no browser runs
    // and no policy governs. A bare `<script>` is a pre-paint script: at most one a page,
    // allowed by its hash (security.test.mjs checks which, and the hash).
    assert.ok(!/<script\s(?![^>]*\b(?:src=|type=application\/(?:json|octet-stream)))[^>]*>/.test(html), `${path}: no inline script`);
    assert.ok(html.split('<script>').length <= 2, `${path}: one pre-paint script at most`);
    assert.ok(!/(?:href|src)="?\/(?!\/)/.test(html), `${path}: no address from the domain's root`);
    assert.equal(html.includes('data-embed=1'), path.startsWith('frame/'), path);
    if (!path.startsWith('frame/')) titles.add(html.match(/<title>([^<]*)<\/title>/)[1]);
  }
  assert.equal(titles.size, PAGES.length, 'a title of its own for every screen');
  const missing = readFileSync(join(DIST, NOT_FOUND_FILE), 'utf8');
  // Its way home is one folder up: a mistyped page address is a folder of its own, where
  // "./" would be the same page again. The service worker points it at the site's folder.
  for (const text of ['href="../"', ...CRISIS_LINES.map((l) => `href="${l}"`)]) assert.ok(missing.includes(text), `404: ${text}`);
  assert.ok(!missing.includes('href="./"'), '404: no link to itself');
  assert.ok(missing.includes('<meta name=color-scheme content="light dark">'), '404: in the reader\'s scheme');
});

for (const path of EVERY_PAGE) {
  test(`slow phone, cold: /${path} paints its own heading from the first frame, with no layout shift`, async () => {
    const { context, page, errors, seen } = await slowPhone();
    await page.goto(site.url(path));
    const settled = await settle(page);
    assert.equal(settled, headingOf(path));
    assertOnlyHeading(seen.filter((s) => s.top), settled, path);
    assert.deepEqual(await page.evaluate(() => window.__shifts), [], `${path}: layout shifts`);
    // The live app replaced the copy: exactly one shell.
    assert.equal(await page.locator('.shell').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const section of ['', ...SECTIONS]) {
  test(`slow phone, cold: the loader's "${section || 'home'}" section paints its own heading in the host page from the first frame`, async () => {
    const { context, page, errors, seen } = await slowPhone();
    await page.goto(host.page('host-snippet.html', { SECTION: section }));
    const handle = await page.waitForSelector(WIDGET_FRAME);
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    const settled = await settle(frame);
    assertOnlyHeading(seen.filter((s) => !s.top), settled, `section ${section}`);
    assert.equal(await frame.evaluate(() => location.pathname), `/${framePath(screen(section || 'home').address)}`);
    assert.deepEqual(await frame.evaluate(() => window.__shifts), [], `${section}: layout shifts`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** Links from before pages had addresses, and the page each opens. */
const OLD_LINKS = Object.fromEntries([
  ...[stepAddress(3), screen('flow').address, screen('reflect').address, comparison().address, screen('embed').address]
    .map((address) => [oldLink(address), address]),
  [`index.html${oldLink(stepAddress(1))}`, stepAddress(1)],
  [`?embed=1${oldLink(screen('reflect').address)}`, framePath(screen('reflect').address)],
  [`?embed=1&theme=dark${oldLink(stepAddress(2))}`, `${framePath(stepAddress(2))}?theme=dark`],
]);
for (const [old, now] of Object.entries(OLD_LINKS)) {
  test(`slow phone, cold: the old link /${old} opens /${now}, never showing another screen first`, async () => {
    const { context, page, errors, seen } = await slowPhone();
    await page.goto(site.url(old));
    const settled = await settle(page);
    assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, `/${now}`);
    assertOnlyHeading(seen, settled, old);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
