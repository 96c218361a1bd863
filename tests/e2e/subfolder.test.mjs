// One build, any folder: the same dist/ served from /tools/why-we-cry/ (where a directory
// would put it) works in full: every page, moving between them, the service worker (its
// scope that folder) and offline reloads, installing, "Embed this" naming the folder, and
// the loader from a host page on another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, useHost, openPage, waitForInteractive as interactive } from './harness.mjs';
import { assertInstallable, screenshot } from './checks.mjs';
import { openControlled } from './worker.mjs';
import { widgetFrame, waitForFit } from './widget.mjs';
import { EVERY_PAGE, FRAME_FOLDER, screen, stepAddress, framePath, notFoundHeading } from '../shared/pages.mjs';
import { PHONE, DESKTOP } from '../shared/viewports.mjs';
import { HEADING, TEARS } from '../shared/selectors.mjs';

const BASE = '/tools/why-we-cry/';

const site = useSite({ base: BASE });
const host = useHost(site);

/** Opens step 3 by its address with the slash before its last folder doubled, and expects
 * the page's own address, in the folder, with the app running. */
async function expectSingleSlashes(page) {
  await page.goto(site.url(stepAddress(3)).replace(/\/(?=[^/]*\/$)/, '//'));
  await interactive(page);
  assert.equal(new URL(page.url()).pathname, `${BASE}${stepAddress(3)}`);
}

test('sub-folder: every page opens its own screen; links, Back and the 404 page stay in the folder', async () => {
  const { context, page, errors, requests } = await openPage(site.browser, PHONE);
  const headings = new Set();
  for (const path of EVERY_PAGE) {
    await page.goto(site.url(path));
    await interactive(page);
    headings.add(`${path.startsWith(FRAME_FOLDER)}:${await page.locator(HEADING).first().textContent()}`);
    // The shared sheet and the page's own part's, then, once the app runs, one sheet with
    // every other part's rules (so any section can show in place), all from the folder.
    await page.waitForFunction(() => {
      const sheets = [...document.querySelectorAll('link[rel=stylesheet]')];
      const later = sheets.filter((l) => l.href.includes('/app-later-'));
      return later.length === 1 && sheets.at(-1) === later[0] && sheets.length <= 3
        && sheets.every((l) => l.sheet !== null && l.href.includes('/tools/why-we-cry/app-'));
    }, null, { timeout: 10_000 }).catch(() => assert.fail(`${path}: its sheets and the later one, from the site's folder`));
  }
  assert.equal(headings.size, EVERY_PAGE.length);
  // Moving in place keeps to the folder.
  await page.goto(site.url());
  await interactive(page);
  await page.locator('.card[data-section=tears] a').click();
  await page.waitForFunction((p) => location.pathname === p, `${BASE}${stepAddress(1)}`);
  await page.locator(TEARS.next).click();
  await page.waitForFunction((p) => location.pathname === p, `${BASE}${stepAddress(2)}`);
  await page.goBack();
  await page.waitForFunction((b) => location.pathname === b, BASE);
  // The folder's address without its slash, and a missing page.
  await page.goto(site.url().replace(/\/$/, ''));
  await interactive(page);
  assert.equal(new URL(page.url()).pathname, BASE);
  // A doubled slash leads to the page's own address (the server's redirect).
  await expectSingleSlashes(page);
  const missing = await page.goto(site.url(`${stepAddress(1)}99/`));
  assert.equal(missing.status(), 404);
  assert.equal(await page.locator(HEADING).textContent(), notFoundHeading());
  assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1);
  const outside = requests.filter((r) => !r.url.startsWith(`${site.origin}${BASE}`) && !r.url.startsWith('data:') && r.url !== site.url().replace(/\/$/, ''));
  assert.deepEqual(outside, [], 'every request in the folder');
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
  assert.equal(errors.length, 1, 'only the missing page itself');
  await context.close();
});

test('sub-folder: the worker\'s scope is the folder, and every page reloads offline', async () => {
  const { context, page, errors } = await openControlled(site, PHONE, screen('flow').address);
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
  for (const path of ['home', 4, 'compare', 'reflect', 'embed'].map((s) => screen(s).address).concat(framePath(screen('flow').address))) {
    await page.goto(site.url(path));
    await interactive(page);
    assert.equal(new URL(page.url()).pathname, `${BASE}${path}`);
  }
  await page.reload();
  await interactive(page);
  await page.waitForSelector('.toast--offline');
  // Offline, the worker sends a doubled slash on, as the server does.
  await expectSingleSlashes(page);
  await context.setOffline(false);
  assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), []);
  await context.close();
});

test('sub-folder: Chromium would install the app, starting at the folder', async () => {
  await assertInstallable(site, screen('reflect').address);
});

test('sub-folder: "Embed this" names the folder, and the loader fills a host page on another origin', async () => {
  const { context, page, errors } = await openPage(site.browser, DESKTOP);
  await page.goto(site.url(screen('embed').address));
  await interactive(page);
  assert.match(await page.locator('#snippet-loader').textContent(), new RegExp(`src="${site.url('embed.js')}"`));
  assert.match(await page.locator('#snippet-iframe').textContent(), new RegExp(`src="${site.url(framePath(screen('tears').address))}"`));
  await page.goto(host.page('host-snippet.html', { SECTION: 'reflect', THEME: 'dark' }));
  const { handle, frame } = await widgetFrame(page);
  await interactive(frame);
  assert.equal(await frame.evaluate(() => location.pathname), `${BASE}${framePath(screen('reflect').address)}`);
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  // The frame takes its content's height (the loader sizes it from the app's messages).
  await waitForFit(page, handle, frame);
  await screenshot(page, 'subfolder-embed-1280');
  assert.deepEqual(errors, []);
  await context.close();
});
