// Readable first: the built index.html already holds the words, and the app takes over
// without moving anything (no layout shift) and marks when it is interactive.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORTS, DIST, startSite, openPage, waitForApp } from './harness.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

test('index.html carries the prerendered introduction, navigation and crisis support', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const text of ['You are not alone, and you did nothing wrong.', 'href="#/tears"', 'href="tel:116123"', 'href="tel:999"', 'Natasha Kelly']) {
    assert.ok(html.includes(text), text);
  }
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
});

for (const vp of VIEWPORTS) {
  test(`${vp.name}: the app takes over the prerendered page with no layout shift`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.origin}/`);
    await waitForApp(page);
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length === 1);
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__shifts), []);
    // The live app replaced the copy: exactly one shell.
    assert.equal(await page.locator('.shell').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a deep link still opens its section after the prerendered home', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.goto(`${site.origin}/#/flow`);
  await page.waitForFunction(() => document.querySelector('nav a[aria-current="page"]')?.getAttribute('href') === '#/flow');
  assert.deepEqual(errors, []);
  await context.close();
});
