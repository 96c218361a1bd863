// The tears walkthrough, end to end on the release build, at both widths: every step by
// the Next, Back and dot links, keys and swipe; every evidence note; compare mode; deep
// links with reload (old hash links to bad steps clamped, bad step pages a 404); history
// (steps replace, sections push); axe with notes open; a screenshot of each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, startSite, openPage, waitForApp, axe, hasHorizontalScroll, screenshot, foreignRequests, stepPath } from './harness.mjs';
import { STEP_HEADINGS, COMPARE_HEADING } from './headings.mjs';

const HEADINGS = STEP_HEADINGS;
const COMPARE = COMPARE_HEADING;

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

/** The absolute address a link leads to. */
const target = (locator) => locator.evaluate((a) => a.href);

/** Waits until step `n` (1-based) shows, with the address, dot and live region to match. */
async function expectStep(page, n) {
  await page.waitForFunction(
    ([url, heading]) => document.querySelector('main h1')?.textContent === heading && location.href === url,
    [site.url(stepPath(n)), HEADINGS[n - 1]],
  );
  assert.equal(page.url(), site.url(stepPath(n)));
  assert.equal(await page.locator('.tears__progress').textContent(), `Step ${n} of 6`);
  assert.equal(await page.locator('[aria-current="step"]').getAttribute('aria-label'), await page.locator('.tears__dot').nth(n - 1).getAttribute('aria-label'));
  // Said once: the focused heading is described by the progress line; no live region too.
  assert.equal(await page.locator('main h1').getAttribute('aria-describedby'), 'tears-progress');
  assert.equal(await page.locator('main [aria-live]').count(), 0);
  assert.equal(await target(page.locator('nav a[aria-current="page"]')), site.url('tears/'));
}

async function focusIsOnHeading(page) {
  return page.evaluate(() => document.activeElement?.id === 'tears-heading' && document.activeElement.tagName === 'H1');
}

async function open(page, path) {
  await page.goto(site.url(path));
  await waitForApp(page);
}

/** Removes the one console error each deliberate load of a 404 page gives. */
function without404s(errors, loads) {
  // "(Not Found)" from the server; "()" when the service worker serves the page.
  const message = /^console\.error: Failed to load resource: the server responded with a status of 404 \((Not Found)?\)$/;
  let left = loads;
  return errors.filter((e) => !(message.test(e) && left-- > 0));
}

/** A sideways swipe over the picture: real touch input on a touch screen, pointer events otherwise. */
async function swipe(page, context, vp, dx) {
  const box = await page.locator('.tears__figure').boundingBox();
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + Math.min(box.height / 2, 100);
  if (vp.hasTouch) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  } else {
    await page.evaluate(([x, y, dx]) => {
      const el = document.elementFromPoint(x, y);
      const init = { pointerType: 'touch', pointerId: 9, isPrimary: true, bubbles: true, clientY: y };
      el.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x }));
      el.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x + dx }));
    }, [x, y, dx]);
  }
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: walk every step by Next, Back and the dots; focus follows`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    await open(page, '');
    const tap = (loc) => (vp.hasTouch ? loc.tap() : loc.click());
    await tap(page.locator('nav a.nav__link[href="tears/"]'));
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, HEADINGS[0]);
    assert.equal(page.url(), site.url('tears/'));
    assert.equal(await page.locator('.tears__back').getAttribute('aria-disabled'), 'true');
    assert.equal(await page.locator('.tears__back').getAttribute('href'), null);
    for (let n = 2; n <= 6; n++) {
      await tap(page.locator('.tears__next'));
      await expectStep(page, n);
      assert.ok(await focusIsOnHeading(page), `focus on step ${n} heading`);
    }
    // The last step leads on to the next section.
    assert.equal(await target(page.locator('a.tears__next')), site.url('flow/'));
    for (let n = 5; n >= 1; n--) {
      await tap(page.locator('.tears__back'));
      await expectStep(page, n);
      assert.ok(await focusIsOnHeading(page));
    }
    for (const n of [4, 2, 6]) {
      await tap(page.locator('.tears__dot').nth(n - 1));
      await expectStep(page, n);
      assert.ok(await focusIsOnHeading(page));
    }
    // Step changes replace history: the browser's Back leaves the walkthrough, and
    // Forward comes back to the step last shown.
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, site.url(''));
    await page.waitForSelector('.home__title');
    await page.goForward();
    await expectStep(page, 6);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: arrow keys move between steps only with focus in the walkthrough`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, 'tears/');
    await page.focus('#tears-heading');
    for (let n = 2; n <= 6; n++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, n);
      assert.ok(await focusIsOnHeading(page));
    }
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 6);
    for (let n = 5; n >= 1; n--) {
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, n);
    }
    // With a modifier, or with focus outside the walkthrough, arrows are left alone.
    await page.keyboard.press('Alt+ArrowRight').catch(() => {});
    await page.focus('nav a.nav__link[href$="flow/"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    assert.equal(await page.locator('main h1').textContent(), HEADINGS[0]);
    assert.equal(page.url(), site.url('tears/'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: swipe left and right to change step`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, 'tears/');
    for (let n = 2; n <= 6; n++) {
      await swipe(page, context, vp, -160);
      await expectStep(page, n);
    }
    for (let n = 5; n >= 1; n--) {
      await swipe(page, context, vp, 160);
      await expectStep(page, n);
    }
    // A short drag is not a swipe.
    await swipe(page, context, vp, -20);
    await page.waitForTimeout(100);
    assert.equal(await page.locator('main h1').textContent(), HEADINGS[0]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: every step by deep link and reload; notes open; axe clean; screenshots`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    for (let n = 1; n <= 6; n++) {
      await open(page, stepPath(n));
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), HEADINGS[n - 1], stepPath(n));
      assert.equal(page.url(), site.url(stepPath(n)));
      assert.equal(await page.locator('.tears__progress').textContent(), `Step ${n} of 6`);
      const svg = page.locator('svg.ill[role="img"]');
      assert.equal(await svg.count(), 1);
      const titleId = await svg.getAttribute('aria-labelledby');
      assert.ok((await page.locator(`[id="${titleId}"]`).textContent()).length > 0, 'figure has a title');
      assert.equal(await hasHorizontalScroll(page), false, `step ${n} scrolls sideways`);
      // Show the picture as a reader sees it once its gentle motion has played.
      await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
      await screenshot(page, `tears-step${n}-${vp.name}`);

      const toggles = page.locator('.evidence__toggle');
      const count = await toggles.count();
      assert.ok(count >= 1, `step ${n} has evidence notes`);
      for (let i = 0; i < count; i++) {
        const toggle = toggles.nth(i);
        assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
        assert.ok(await panel.isVisible(), `step ${n} note ${i} opens`);
        assert.match(await panel.textContent(), /Research so far suggests:/);
      }
      assert.deepEqual(await axe(page), [], `step ${n} axe (notes open)`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.tears button, .tears a')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.height < 44 || r.width < 44).length);
      assert.equal(small, 0, `step ${n}: touch targets under 44px`);
    }
    // Old hash links with out-of-range and malformed numbers land on a real step.
    for (const [hash, n] of [['#/tears/0', 1], ['#/tears/42', 6], ['#/tears/99', 6], ['#/tears/abc', 1], ['#/tears/-3', 1], ['#/tears', 1]]) {
      await open(page, hash);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('main h1').textContent(), HEADINGS[n - 1], hash);
      assert.equal(page.url(), site.url(stepPath(n)), hash);
    }
    // A step page that does not exist is the site's 404 page, with a way home and the
    // crisis numbers, by deep link and by reload.
    let notFound = 0;
    const links = [];
    for (const path of ['tears/99/', 'tears/0/', 'tears/7/', 'tears/abc/', 'tears/-3/']) {
      for (const load of [() => page.goto(site.url(path)), () => page.reload()]) {
        assert.equal((await load()).status(), 404, path);
        notFound += 1;
        assert.equal(await page.locator('h1').textContent(), "This page isn't here", path);
        assert.equal(await page.locator('a[href="tel:116123"]').count(), 1, path);
        assert.equal(await page.locator('main a[href]').count(), 1, `${path}: a link`);
        // A host serves 404.html at any depth, so its link can only be `./`; once the service
        // worker runs it serves the page itself, with the link pointed at the site's folder.
        const raw = await page.locator('main a[href]').getAttribute('href');
        const href = await target(page.locator('main a[href]'));
        if (raw !== './' && href !== site.url('')) links.push(`${path} links to ${href}`);
      }
    }
    assert.deepEqual(without404s(errors, notFound), []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    assert.deepEqual([...new Set(links)], [], `the 404 page's link is ./ or leads home (${site.url('')})`);
    await context.close();
  });

  test(`${vp.name}: compare mode from the walkthrough and by deep link`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, 'tears/3/');
    await page.locator('.tears__compare-link a').click();
    await page.waitForFunction(([h, url]) => document.querySelector('main h1')?.textContent === h && location.href === url, [COMPARE, site.url('tears/compare/')]);
    assert.ok(await focusIsOnHeading(page));
    // A table on wide screens, stacked cards on phones.
    const wide = vp.viewport.width >= 640;
    assert.equal(await page.locator('.compare__table').isVisible(), wide);
    assert.equal(await page.locator('.compare__cards').isVisible(), !wide);
    for (const aspect of ['Trigger', 'Pathway', 'Contents', 'Purpose', 'Evidence']) {
      assert.ok(await page.locator(`:is(th, dt):visible:text-is("${aspect}")`).count() >= 1, aspect);
    }
    await screenshot(page, `tears-compare-${vp.name}`);
    const toggles = page.locator('.evidence__toggle:visible');
    const count = await toggles.count();
    assert.ok(count >= 4);
    for (let i = 0; i < count; i++) {
      await toggles.nth(i).click();
      assert.equal(await toggles.nth(i).getAttribute('aria-expanded'), 'true');
    }
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(await axe(page), [], 'compare axe (notes open)');
    await page.locator('a:text-is("Back to step 3")').click();
    await page.waitForFunction((h) => document.querySelector('main h1')?.textContent === h, HEADINGS[2]);
    assert.equal(page.url(), site.url('tears/3/'));

    await open(page, 'tears/compare/');
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('main h1').textContent(), COMPARE);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('motion: gentle animation only without reduced motion; dark mode is clean', async () => {
  const animation = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.ill .i-grow')).animationName);
  const calm = await openPage(site.browser, VIEWPORTS[0], { reducedMotion: 'reduce', colorScheme: 'dark' });
  await calm.page.goto(site.url('tears/3/'));
  await waitForApp(calm.page);
  assert.equal(await animation(calm.page), 'none');
  assert.deepEqual(await axe(calm.page), []);
  await screenshot(calm.page, 'tears-step3-phone-dark');
  assert.deepEqual(calm.errors, []);
  await calm.context.close();

  const moving = await openPage(site.browser, VIEWPORTS[0]);
  await moving.page.goto(site.url('tears/3/'));
  await waitForApp(moving.page);
  assert.equal(await animation(moving.page), 'tears-grow');
  await moving.context.close();
});
