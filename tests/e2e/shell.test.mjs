// The shell, end to end on the release build: every route by clicking and by deep link,
// bad hashes, no console errors, no foreign requests, no sideways scroll, axe clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, startSite, openPage, waitForApp, axe, hasHorizontalScroll, screenshot, foreignRequests } from './harness.mjs';

const ROUTES = [
  { hash: '#/', heading: 'Why we cry', name: 'home' },
  { hash: '#/tears', heading: 'Three kinds of tears', name: 'tears' },
  { hash: '#/flow', heading: 'When feelings get stuck', name: 'flow' },
  { hash: '#/reflect', heading: 'You and your tears', name: 'reflect' },
];

const BAD_HASHES = ['#/nope', '#/../../etc', '#%E0%A4%A', '#/flow%00', `#/${'x'.repeat(5000)}`, '#<script>alert(1)</script>', '#main'];

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

for (const vp of VIEWPORTS) {
  test(`${vp.name}: every route by clicking the navigation`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    await page.goto(`${site.origin}/`);
    await waitForApp(page);
    for (const route of ROUTES.slice(1).concat(ROUTES[0])) {
      const link = page.locator(`nav a[href="${route.hash}"]`);
      if (vp.hasTouch) await link.tap(); else await link.click();
      // The hash changes first; Yew re-renders on the next tick.
      await page.waitForFunction(
        ([hash, heading]) => location.hash === hash && document.querySelector('main h1')?.textContent === heading,
        [route.hash, route.heading],
      );
      assert.equal(await page.locator('nav a[aria-current="page"]').getAttribute('href'), route.hash);
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new heading');
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: every route by deep link and reload, checked and scanned`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    for (const route of ROUTES) {
      await page.goto(`${site.origin}/${route.hash}`);
      await waitForApp(page);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), route.heading, route.hash);
      assert.match(await page.title(), /Why we cry/);
      // Crisis support on every screen, with tel: links.
      for (const tel of ['tel:116123', 'tel:111', 'tel:08001111', 'tel:999']) {
        assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, `${route.hash} ${tel}`);
      }
      assert.equal(await hasHorizontalScroll(page), false, `${route.hash} scrolls sideways`);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${route.hash} axe`);
      await screenshot(page, `shell-${route.name}-${vp.name}`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: unknown and malformed hashes show the home screen`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    for (const hash of BAD_HASHES) {
      await page.goto(`${site.origin}/${hash}`);
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), 'Why we cry', hash);
      assert.ok(await page.locator('.home__intro').count() > 0, hash);
    }
    // Changing to a bad hash while on a section also goes home.
    await page.goto(`${site.origin}/#/flow`);
    await waitForApp(page);
    await page.evaluate(() => { location.hash = '#/definitely-not-a-route'; });
    await page.waitForSelector('.home__title');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: touch targets are at least 44px`, async () => {
    const { context, page } = await openPage(site.browser, vp);
    await page.goto(`${site.origin}/`);
    await waitForApp(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('nav a, .card__link, .support a, .button')]
        .map((el) => ({ el: el.textContent.trim(), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.height < 44 || r.width < 44)
        .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`));
    assert.deepEqual(small, []);
    await context.close();
  });
}

test('dark mode and reduced motion render without errors', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0], { colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(`${site.origin}/`);
  await waitForApp(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 24, 29)');
  const duration = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--duration-base').trim());
  assert.equal(parseFloat(duration), 0, `--duration-base is ${duration}`);
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'shell-home-phone-dark');
  assert.deepEqual(errors, []);
  await context.close();
});
