// Offline once loaded: the service worker precaches every built file; the app then
// reloads and works with the network cut. Also: the update prompt, and no JavaScript.
import { test, before, after } from 'node:test';
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VIEWPORTS, DIST, startSite, startHost, openPage, waitForApp, screenshot, finishQuiz } from './harness.mjs';

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
    // The energy flow runs and the quiz can be finished with no network.
    await page.locator('nav a[href="#/flow"]').click();
    await page.locator('.flow-release, button:has-text("Let it out")').first().click();
    await page.locator('nav a[href="#/reflect"]').click();
    await finishQuiz(page);
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

test('a new version shows a quiet refresh prompt and never reloads by itself or loses a quiz in progress', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.goto(`${site.origin}/#/reflect`);
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
  assert.equal(await page.evaluate(() => location.hash), '#/reflect');
  assert.equal(await page.locator('.quiz__progress').textContent(), 'Question 4 of 10', 'the quiz is not interrupted');
  await screenshot(page, 'update-prompt-phone');
  // The reader chooses to refresh: the new worker takes over and the page reloads once.
  await Promise.all([page.waitForEvent('load'), page.locator('.toast__button').click()]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(await page.evaluate(() => location.hash), '#/reflect');
  assert.equal(await page.locator('.toast--update').count(), 0);
  // After the refresh the reader is back at the same question, answers kept.
  await page.waitForFunction(() => document.querySelector('.quiz__progress')?.textContent === 'Question 4 of 10');
  await page.locator('.quiz-back').click();
  assert.equal(await page.locator('input[name=quiz-q2]:checked').getAttribute('value'), '1');
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
    await screenshot(page, `nojs-${vp.name}`);
    // The walkthrough's text, every step, each claim with its evidence, one tap away.
    await Promise.all([page.waitForEvent('load'), page.locator('.noscript-note a').click()]);
    assert.equal(new URL(page.url()).pathname, '/text.html');
    for (const title of ['Three kinds of tears', 'Reflex tears: washing the eye', 'Emotional tears: from feeling to tear', 'What is in your tears', 'What crying can do', 'Crying in the therapy room']) {
      assert.ok(await page.getByRole('heading', { name: title }).isVisible(), title);
    }
    assert.ok(await page.locator('.text-edition .evidence').count() >= 6);
    for (const tel of ['tel:116123', 'tel:111', 'tel:08001111', 'tel:999']) {
      assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, `text page ${tel}`);
    }
    await screenshot(page, `nojs-text-${vp.name}`);
    // Playwright turns scripts off with a policy, which also refuses the script preload.
    assert.deepEqual(errors.filter((e) => !e.endsWith(' csp')), []);
    await context.close();
  }
});

test('embedded in a cross-origin host with service workers blocked: works online and after the network is cut', async () => {
  const host = await startHost(site.origin);
  try {
    const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0], { serviceWorkers: 'block' });
    await page.goto(host.page('host-snippet.html'));
    const frame = await (await page.waitForSelector('#widget iframe')).contentFrame();
    await frame.waitForSelector('main#main h1');
    assert.equal(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
    await context.setOffline(true);
    for (const hash of ['#/tears/2', '#/tears/compare', '#/flow', '#/reflect']) {
      await frame.evaluate((h) => { location.hash = h; }, hash);
      await frame.waitForFunction((h) => location.hash === h, hash);
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
  // Installability is never granted in an incognito-like context: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'crying-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: VIEWPORTS[0].viewport,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/`);
    await waitForApp(page);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, data } = await cdp.send('Page.getAppManifest');
    assert.match(url, /\/manifest\.webmanifest$/);
    const manifest = JSON.parse(data);
    assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512', 'any']);
    for (const icon of manifest.icons) assert.equal((await fetch(`${site.origin}${icon.src}`)).status, 200, icon.src);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
