// Moving through the tears walkthrough, end to end on the release build, at both widths:
// every step by the Next, Back and dot links, by the arrow keys and by swipe; focus
// follows; history (steps replace, sections push). Each step's own page, old links and
// missing steps are in tears-pages.test.mjs; the comparison in tears-compare.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage } from './harness.mjs';
import { foreignRequests } from './checks.mjs';
import { target, open, expectStep, focusIsOnHeading, swipe } from './walkthrough.mjs';
import { STEPS, screen, stepAddress, headingOf } from '../shared/pages.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { HEADING, NAV_LINK, TEARS } from '../shared/selectors.mjs';
import { tapOrClick } from '../shared/chromium.mjs';

const site = useSite();
const FIRST = stepAddress(1);

for (const vp of VIEWPORTS) {
  test(`${vp.name}: walk every step by Next, Back and the dots; focus follows`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    await open(page, site, screen('home').address);
    const tap = (loc) => tapOrClick(vp, loc);
    await tap(page.locator(`${NAV_LINK}[href="${FIRST}"]`));
    await page.waitForFunction(([s, h]) => document.querySelector(s)?.textContent === h, [HEADING, headingOf(FIRST)]);
    assert.equal(page.url(), site.url(FIRST));
    assert.equal(await page.locator(TEARS.back).getAttribute('aria-disabled'), 'true');
    assert.equal(await page.locator(TEARS.back).getAttribute('href'), null);
    for (let n = 2; n <= STEPS; n++) {
      await tap(page.locator(TEARS.next));
      await expectStep(page, site, n);
      assert.ok(await focusIsOnHeading(page), `focus on step ${n} heading`);
    }
    // The last step leads on to the next section.
    assert.equal(await target(page.locator(`a${TEARS.next}`)), site.url(screen('flow').address));
    for (let n = STEPS - 1; n >= 1; n--) {
      await tap(page.locator(TEARS.back));
      await expectStep(page, site, n);
      assert.ok(await focusIsOnHeading(page));
    }
    // By the dots: a middle step, the second, the last.
    const dots = [Math.ceil(STEPS / 2) + 1, 2, STEPS];
    for (const n of dots) {
      await tap(page.locator(TEARS.dot).nth(n - 1));
      await expectStep(page, site, n);
      assert.ok(await focusIsOnHeading(page));
    }
    // Step changes replace history: the browser's Back leaves the walkthrough, and
    // Forward comes back to the step last shown.
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, site.url(screen('home').address));
    await page.waitForSelector('.home__title');
    await page.goForward();
    await expectStep(page, site, dots.at(-1));
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: arrow keys move between steps only with focus in the walkthrough`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, site, FIRST);
    await page.focus(TEARS.heading);
    for (let n = 2; n <= STEPS; n++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, site, n);
      assert.ok(await focusIsOnHeading(page));
    }
    await page.keyboard.press('ArrowRight');
    await expectStep(page, site, STEPS);
    for (let n = STEPS - 1; n >= 1; n--) {
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, site, n);
    }
    // With a modifier, or with focus outside the walkthrough, arrows are left alone.
    await page.keyboard.press('Alt+ArrowRight').catch(() => {});
    await page.focus(`${NAV_LINK}[href$="${screen('flow').address}"]`);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(100);
    assert.equal(await page.locator(HEADING).textContent(), headingOf(FIRST));
    assert.equal(page.url(), site.url(FIRST));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: swipe left and right to change step`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, site, FIRST);
    for (let n = 2; n <= STEPS; n++) {
      await swipe(page, context, vp, -160);
      await expectStep(page, site, n);
    }
    for (let n = STEPS - 1; n >= 1; n--) {
      await swipe(page, context, vp, 160);
      await expectStep(page, site, n);
    }
    // A short drag is not a swipe.
    await swipe(page, context, vp, -20);
    await page.waitForTimeout(100);
    assert.equal(await page.locator(HEADING).textContent(), headingOf(FIRST));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
