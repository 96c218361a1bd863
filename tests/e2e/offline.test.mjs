// Offline once loaded: the service worker precaches every built file; the app then
// reloads and works with the network cut. Also: the update prompt, and no JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWPORTS, DIST, startSite, openPage, waitForApp, screenshot } from './harness.mjs';

const SECTIONS = [
  { hash: '#/tears', selector: 'main h1' },
  { hash: '#/flow', selector: 'main h1' },
  { hash: '#/reflect', selector: 'main h1' },
  { hash: '#/', selector: '.home__title' },
];

/** Waits until a service worker controls the page (first visit: after clients.claim). */
async function waitForWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

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
    await page.goto(`${site.origin}/`);
    await waitForApp(page);
    await waitForWorker(page);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.toast--offline');
    for (const s of SECTIONS) {
      await page.locator(`nav a[href="${s.hash}"]`).click();
      await page.waitForFunction((h) => location.hash === h, s.hash);
      await page.waitForSelector(s.selector);
    }
    await screenshot(page, `offline-${vp.name}`);
    // A fresh navigation (not a reload) to a deep link also comes from the cache.
    await page.goto(`${site.origin}/#/flow`);
    await waitForApp(page);
    assert.equal(await page.locator('nav a[aria-current="page"]').getAttribute('href'), '#/flow');
    await context.setOffline(false);
    assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
    await context.close();
  });
}

test('a new version shows a quiet refresh prompt and never reloads by itself', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.goto(`${site.origin}/#/reflect`);
  await waitForApp(page);
  await waitForWorker(page);
  // Deploy a second build: same files, a new worker version.
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('.toast--update', { timeout: 15000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page must not reload by itself');
  assert.equal(await page.evaluate(() => location.hash), '#/reflect');
  await screenshot(page, 'update-prompt-phone');
  // The reader chooses to refresh: the new worker takes over and the page reloads once.
  await Promise.all([page.waitForEvent('load'), page.locator('.toast__button').click()]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(await page.evaluate(() => location.hash), '#/reflect');
  assert.equal(await page.locator('.toast--update').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript the prerendered introduction and crisis numbers are there', async () => {
  for (const vp of VIEWPORTS) {
    const { context, page, errors } = await openPage(site.browser, vp, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/`);
    assert.equal(await page.locator('main h1').textContent(), 'Why we cry');
    assert.ok(await page.locator('.home__intro').count() >= 1);
    for (const tel of ['tel:116123', 'tel:111', 'tel:08001111', 'tel:999']) {
      assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, tel);
    }
    assert.ok(await page.locator('.noscript-note').isVisible());
    // The walkthrough's text, every step, each claim with its evidence.
    for (const title of ['Three kinds of tears', 'Reflex tears: washing the eye', 'Crying in the therapy room']) {
      assert.ok(await page.getByRole('heading', { name: title }).isVisible(), title);
    }
    assert.ok(await page.locator('.noscript-walkthrough .evidence').count() >= 6);
    await screenshot(page, `nojs-${vp.name}`);
    // Playwright turns scripts off with a policy, which also refuses the script preload.
    assert.deepEqual(errors.filter((e) => !e.endsWith(' csp')), []);
    await context.close();
  }
});
