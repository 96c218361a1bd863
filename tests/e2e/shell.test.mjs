// The shell, end to end on the release build: every route by clicking and by deep link,
// Back and Forward, bad hashes, no console errors, no foreign requests, no sideways scroll, axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot, foreignRequests } from './checks.mjs';
import { target, waitForScreen } from './walkthrough.mjs';
import { SECTIONS, screen, stepAddress } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE, DESKTOP } from '../shared/viewports.mjs';
import { SUPPORT_LINKS } from '../shared/wording.mjs';
import { HEADING, NAV_LINK, TEARS } from '../shared/selectors.mjs';

// In the order of the navigation's links: home, then each section's own page.
const ROUTES = ['home', ...SECTIONS].map((name) => ({ name, path: screen(name).address }));

const BAD_HASHES = ['#/nope', '#/../../etc', '#%E0%A4%A', '#/flow%00', `#/${'x'.repeat(5000)}`, '#<script>alert(1)</script>', '#main'];

const site = useSite();

/** Waits until the address is `path`'s page and the screen shows its heading. */
const settled = (page, { path }) => waitForScreen(page, site, path);

for (const vp of VIEWPORTS) {
  test(`${vp.name}: every route by clicking the navigation`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    await page.goto(site.url(ROUTES[0].path));
    await waitForApp(page);
    const order = ROUTES.slice(1).concat(ROUTES[0]);
    for (const route of order) {
      const link = page.locator(NAV_LINK).nth(ROUTES.indexOf(route));
      assert.equal(await target(link), site.url(route.path), `link to ${route.name}`);
      if (vp.hasTouch) await link.tap(); else await link.click();
      // The address changes first; Yew re-renders on the next tick.
      await settled(page, route);
      assert.equal(page.url(), site.url(route.path));
      assert.equal(await target(page.locator('nav a[aria-current="page"]')), site.url(route.path));
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new heading');
    }
    // Each section is its own history entry: Back and Forward go through them in turn.
    for (const route of order.slice(0, -1).reverse()) {
      await page.goBack();
      await settled(page, route);
    }
    await page.goBack();
    await settled(page, ROUTES[0]);
    for (const route of order) {
      await page.goForward();
      await settled(page, route);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: every route by deep link and reload, checked and scanned`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    for (const route of ROUTES) {
      await page.goto(site.url(route.path));
      await waitForApp(page);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator(HEADING).textContent(), screen(route.name).heading, route.name);
      assert.equal(page.url(), site.url(route.path));
      assert.equal(await page.title(), screen(route.name).title);
      // Crisis support on every screen, with tel: links.
      for (const tel of SUPPORT_LINKS) {
        assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, `${route.name} ${tel}`);
      }
      assert.equal(await hasHorizontalScroll(page), false, `${route.name} scrolls sideways`);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${route.name} axe`);
      await screenshot(page, `shell-${route.name}-${vp.name}`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: unknown and malformed hashes show the home screen`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    for (const hash of BAD_HASHES) {
      await page.goto(site.url(hash));
      await waitForApp(page);
      assert.equal(await page.locator(HEADING).textContent(), screen('home').heading, hash);
      assert.equal(new URL(page.url()).pathname, new URL(site.url('')).pathname, hash);
      assert.ok(await page.locator('.home__intro').count() > 0, hash);
    }
    // Screens no longer follow the hash: changing to a bad one on a section keeps it.
    const flow = screen('flow');
    await page.goto(site.url(flow.address));
    await waitForApp(page);
    await page.evaluate(() => { location.hash = '#/definitely-not-a-route'; });
    await page.waitForTimeout(100);
    assert.equal(page.url(), site.url(`${flow.address}#/definitely-not-a-route`));
    assert.equal(await page.locator(HEADING).textContent(), flow.heading);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: touch targets are at least 44px`, async () => {
    const { context, page } = await openPage(site.browser, vp);
    await page.goto(site.url(''));
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

test('history: walkthrough steps replace the entry, sections push one', async () => {
  const { context, page, errors } = await openPage(site.browser, DESKTOP);
  const step4 = { path: stepAddress(4) };
  await page.goto(site.url(''));
  await waitForApp(page);
  await page.locator(NAV_LINK).nth(1).click();
  await settled(page, ROUTES[1]);
  for (let n = 2; n <= 4; n++) {
    await page.locator(TEARS.next).click();
    await page.waitForFunction((url) => location.href === url, site.url(stepAddress(n)));
  }
  await settled(page, step4);
  // Back from step 4, reached by Next, returns to the page before the walkthrough.
  await page.goBack();
  await settled(page, ROUTES[0]);
  await page.goForward();
  await settled(page, step4);
  // Another section is a new entry: Back returns to the step, Forward to the section.
  await page.locator(NAV_LINK).nth(2).click();
  await settled(page, ROUTES[2]);
  await page.goBack();
  await settled(page, step4);
  await page.goForward();
  await settled(page, ROUTES[2]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dark mode and reduced motion render without errors', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE, { colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(site.url(''));
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
