// Offline once loaded: the service worker precaches every built file and page; the app
// then reloads any screen's own address and works with the network cut. Also: the update
// prompt, embedded with workers blocked, and installing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWPORTS, DIST, PAGES, FRAME_PAGES, startSite, startHost, openPage, waitForApp, waitForWorker, assertInstallable, screenshot, finishQuiz } from './harness.mjs';

/** The navigation's links in order, with the page each leads to. */
const NAV = [['tears/', 1], ['flow/', 2], ['reflect/', 3], ['', 0]];
const onPage = (page, path) => page.waitForFunction((p) => location.pathname === `/${p}`, path);

let dir;
let site;
before(async () => {
  // A private copy of the build, so the update test can deploy a "new version" into it.
  dir = mkdtempSync(join(tmpdir(), 'crying-offline-'));
  cpSync(DIST, dir, { recursive: true });
  site = await startSite({ dir });
});
after(async () => {
  await site?.stop();
  rmSync(dir, { recursive: true, force: true });
});

for (const vp of VIEWPORTS) {
  test(`${vp.name}: after one visit, reloads and works with the network cut`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await page.goto(site.url());
    await waitForApp(page);
    await waitForWorker(page);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.toast--offline');
    for (const [path, index] of NAV) {
      await page.locator('.nav__link').nth(index).click();
      await onPage(page, path);
      await page.waitForSelector('main h1');
    }
    // The energy flow runs and the quiz can be finished with no network.
    await page.locator('.nav__link').nth(2).click();
    await page.locator('.flow-release, button:has-text("Open the channel")').first().click();
    await page.locator('.nav__link').nth(3).click();
    await finishQuiz(page);
    await screenshot(page, `offline-${vp.name}`);
    // Every screen's own address, standalone and embedded, opens that screen offline:
    // reloaded, and as a fresh navigation.
    const headings = new Map();
    for (const path of [...PAGES, ...FRAME_PAGES]) {
      await page.goto(site.url(path));
      await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
      const heading = await page.locator('main h1').first().textContent();
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
      assert.equal(await page.locator('main h1').first().textContent(), heading, path);
      assert.equal(new URL(page.url()).pathname, `/${path}`);
      headings.set(path, heading);
    }
    assert.equal(new Set(headings.values()).size, PAGES.length, 'each screen its own heading, in both layouts');
    // An address with no page gets the cached "not here" page (and its one 404 message).
    await page.goto(site.url('tears/99/'));
    assert.equal(await page.locator('main h1').textContent(), "This page isn't here");
    await context.setOffline(false);
    const missing = errors.filter((e) => e.includes('status of 404'));
    assert.equal(missing.length, 1, missing.join('\n'));
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED') && !e.includes('status of 404')), []);
    await context.close();
  });
}

test('a new version shows a quiet refresh prompt and never reloads by itself or loses a quiz in progress', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.goto(site.url('reflect/'));
  await waitForApp(page);
  await waitForWorker(page);
  // A quiz in progress: three questions answered, the fourth on screen.
  await page.locator('.quiz-start').click();
  for (let n = 0; n < 3; n += 1) {
    await page.locator('.choice').nth(1).click();
    await page.locator('.quiz-next').click();
  }
  await page.waitForFunction(() => document.querySelector('.quiz__progress')?.textContent === 'Question 4 of 10');
  // Deploy a second build: same files, a new worker version.
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('.toast--update', { timeout: 15000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page must not reload by itself');
  assert.equal(new URL(page.url()).pathname, '/reflect/');
  assert.equal(await page.locator('.quiz__progress').textContent(), 'Question 4 of 10', 'the quiz is not interrupted');
  await screenshot(page, 'update-prompt-phone');
  // The reader chooses to refresh: the new worker takes over and the page reloads once.
  await Promise.all([page.waitForEvent('load'), page.locator('.toast__button').click()]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(new URL(page.url()).pathname, '/reflect/');
  assert.equal(await page.locator('.toast--update').count(), 0);
  // After the refresh the reader is back at the same question, answers kept.
  await page.waitForFunction(() => document.querySelector('.quiz__progress')?.textContent === 'Question 4 of 10');
  await page.locator('.quiz-back').click();
  assert.equal(await page.locator('input[name=quiz-q2]:checked').getAttribute('value'), '1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded in a cross-origin host with service workers blocked: works online and after the network is cut', async () => {
  const host = await startHost(site.url('').replace(/\/$/, ''));
  try {
    const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0], { serviceWorkers: 'block' });
    await page.goto(host.page('host-snippet.html'));
    const frame = await (await page.waitForSelector('#widget iframe')).contentFrame();
    await frame.waitForSelector('main#main h1');
    assert.equal(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
    await context.setOffline(true);
    // Links move in place: nothing needs the network.
    await frame.locator('.tears__next').click();
    await frame.waitForFunction(() => location.pathname === '/frame/tears/2/');
    await frame.locator('.tears__compare-link a').click();
    await frame.waitForFunction(() => location.pathname === '/frame/tears/compare/');
    for (const [path, index] of [['frame/flow/', 2], ['frame/reflect/', 3]]) {
      await frame.locator('.nav__link').nth(index).click();
      await frame.waitForFunction((p) => location.pathname === `/${p}`, path);
    }
    await finishQuiz(frame);
    await frame.waitForSelector('.toast--offline');
    await screenshot(page, 'offline-embedded-phone');
    await context.setOffline(false);
    // Playwright's own note that it refused the worker is the only message.
    assert.deepEqual(errors.filter((e) => !e.includes('registration blocked by Playwright')), []);
    await context.close();
  } finally {
    await host.stop();
  }
});

test('the app passes Chromium\'s installability check (manifest, icons, service worker)', async () => {
  await assertInstallable(site, 'tears/3/');
});
