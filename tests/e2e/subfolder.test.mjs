// One build, any folder: the same dist/ served from /tools/why-we-cry/ (where a directory
// would put it) works in full: every page, moving between them, the service worker (its
// scope that folder) and offline reloads, installing, "Embed this" naming the folder, and
// the loader from a host page on another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, PAGES, FRAME_PAGES, startSite, startHost, openPage, waitForApp, waitForWorker, assertInstallable, screenshot } from './harness.mjs';

const BASE = '/tools/why-we-cry/';
const interactive = (scope) => scope.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);

let site;
let host;
before(async () => {
  site = await startSite({ base: BASE });
  host = await startHost(site.url('').replace(/\/$/, ''));
});
after(async () => {
  await host?.stop();
  await site?.stop();
});

test('sub-folder: every page opens its own screen; links, Back and the 404 page stay in the folder', async () => {
  const { context, page, errors, requests } = await openPage(site.browser, VIEWPORTS[0]);
  const headings = new Set();
  for (const path of [...PAGES, ...FRAME_PAGES]) {
    await page.goto(site.url(path));
    await interactive(page);
    headings.add(`${path.startsWith('frame/')}:${await page.locator('main h1').first().textContent()}`);
    // The shared sheet and the page's own section's, then, once the app runs, the other
    // sections' (so any section can show in place): five, all loaded from the folder.
    await page.waitForFunction(() => {
      const sheets = [...document.querySelectorAll('link[rel=stylesheet]')];
      return sheets.length === 5 && sheets.every((l) => l.sheet !== null && l.href.includes('/tools/why-we-cry/app-'));
    }, null, { timeout: 10_000 }).catch(() => assert.fail(`${path}: five stylesheets from the site's folder`));
  }
  assert.equal(headings.size, PAGES.length + FRAME_PAGES.length);
  // Moving in place keeps to the folder.
  await page.goto(site.url());
  await interactive(page);
  await page.locator('.card--tears a').click();
  await page.waitForFunction((b) => location.pathname === `${b}tears/`, BASE);
  await page.locator('.tears__next').click();
  await page.waitForFunction((b) => location.pathname === `${b}tears/2/`, BASE);
  await page.goBack();
  await page.waitForFunction((b) => location.pathname === b, BASE);
  // The folder's address without its slash, and a missing page.
  await page.goto(site.url().replace(/\/$/, ''));
  await interactive(page);
  assert.equal(new URL(page.url()).pathname, BASE);
  const missing = await page.goto(site.url('tears/99/'));
  assert.equal(missing.status(), 404);
  assert.equal(await page.locator('main h1').textContent(), "This page isn't here");
  assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1);
  const outside = requests.filter((r) => !r.url.startsWith(`${site.origin}${BASE}`) && !r.url.startsWith('data:') && r.url !== site.url().replace(/\/$/, ''));
  assert.deepEqual(outside, [], 'every request in the folder');
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
  assert.equal(errors.length, 1, 'only the missing page itself');
  await context.close();
});

test('sub-folder: the worker\'s scope is the folder, and every page reloads offline', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.goto(site.url('flow/'));
  await waitForApp(page);
  await waitForWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, site.url());
  // With the worker, a missing page's way home leads to the site's folder, online or not.
  for (const offline of [false, true]) {
    await context.setOffline(offline);
    const missing = await page.goto(site.url('some/deep/missing/page'));
    assert.equal(missing.status(), 404);
    await Promise.all([page.waitForURL(site.url()), page.locator('main a').first().click()]);
    await interactive(page);
  }
  for (const path of ['', 'tears/4/', 'tears/compare/', 'reflect/', 'embed/', 'frame/flow/']) {
    await page.goto(site.url(path));
    await interactive(page);
    assert.equal(new URL(page.url()).pathname, `${BASE}${path}`);
  }
  await page.reload();
  await interactive(page);
  await page.waitForSelector('.toast--offline');
  await context.setOffline(false);
  assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('status of 404')), []);
  await context.close();
});

test('sub-folder: Chromium would install the app, starting at the folder', async () => {
  await assertInstallable(site, 'reflect/');
});

test('sub-folder: "Embed this" names the folder, and the loader fills a host page on another origin', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[1]);
  await page.goto(site.url('embed/'));
  await interactive(page);
  assert.match(await page.locator('#snippet-loader').textContent(), new RegExp(`src="${site.url('embed.js')}"`));
  assert.match(await page.locator('#snippet-iframe').textContent(), new RegExp(`src="${site.url('frame/tears/')}"`));
  await page.goto(host.page('host-snippet.html', { SECTION: 'reflect', THEME: 'dark' }));
  const handle = await page.waitForSelector('#widget iframe');
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await interactive(frame);
  assert.equal(await frame.evaluate(() => location.pathname), `${BASE}frame/reflect/`);
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  // The frame takes its content's height (the loader sizes it from the app's messages).
  let fit;
  for (let i = 0; i < 50 && !(fit?.gap <= 4); i += 1) {
    if (i) await page.waitForTimeout(100);
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    fit = { outer, inner, gap: Math.abs(outer - inner) };
  }
  assert.ok(fit.gap <= 4, `fits: ${JSON.stringify(fit)}`);
  await screenshot(page, 'subfolder-embed-1280');
  assert.deepEqual(errors, []);
  await context.close();
});
