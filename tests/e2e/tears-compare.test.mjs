// The walkthrough's comparison, end to end on the release build, at both widths: from a
// step and by deep link, a table on wide screens and cards on phones, every note open,
// axe clean, back to the step it came from. And the walkthrough's gentle motion, only
// without reduced motion; dark mode clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot } from './checks.mjs';
import { open, waitForScreen, focusIsOnHeading } from './walkthrough.mjs';
import { comparison, stepAddress } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE } from '../shared/viewports.mjs';
import { HEADING, EVIDENCE_TOGGLE, TEARS, FIGURE } from '../shared/selectors.mjs';

const site = useSite();
/** The step the comparison is opened from. */
const FROM = 3;

for (const vp of VIEWPORTS) {
  test(`${vp.name}: compare mode from the walkthrough and by deep link`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await open(page, site, stepAddress(FROM));
    await page.locator(TEARS.compareLink).click();
    await waitForScreen(page, site, comparison().address);
    assert.ok(await focusIsOnHeading(page));
    // A table on wide screens, stacked cards on phones.
    const wide = vp.viewport.width >= 640;
    assert.equal(await page.locator('.compare__table').isVisible(), wide);
    assert.equal(await page.locator('.compare__cards').isVisible(), !wide);
    for (const aspect of ['Trigger', 'Pathway', 'Contents', 'Purpose', 'Evidence']) {
      assert.ok(await page.locator(`:is(th, dt):visible:text-is("${aspect}")`).count() >= 1, aspect);
    }
    await screenshot(page, `tears-compare-${vp.name}`);
    const toggles = page.locator(`${EVIDENCE_TOGGLE}:visible`);
    const count = await toggles.count();
    assert.ok(count >= 4);
    for (let i = 0; i < count; i++) {
      await toggles.nth(i).click();
      assert.equal(await toggles.nth(i).getAttribute('aria-expanded'), 'true');
    }
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(await axe(page), [], 'compare axe (notes open)');
    await page.locator(`a:text-is("Back to step ${FROM}")`).click();
    await waitForScreen(page, site, stepAddress(FROM));
    // The comparison is a page aside from the steps: a phone's Back from it returns to
    // the step the reader came from, not to the page before the walkthrough.
    await page.locator(TEARS.compareLink).click();
    await waitForScreen(page, site, comparison().address);
    await page.goBack();
    await waitForScreen(page, site, stepAddress(FROM));

    await open(page, site, comparison().address);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator(HEADING).textContent(), comparison().heading);
    // The arrow keys turn the walkthrough's steps, and the comparison has none: nothing on
    // it says they move, so they stay the reader's own (scrolling).
    await page.locator(HEADING).focus();
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(300);
      assert.equal(new URL(page.url()).pathname, `/${comparison().address}`, `${key} stays on the comparison`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('motion: gentle animation only without reduced motion; dark mode is clean', async () => {
  const animation = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.ill .i-grow')).animationName);
  // At rest: nothing in the picture moves (and nothing is lit, so there may be nothing to).
  const still = (page) => page.evaluate(() => [...document.querySelectorAll('.ill *')].every((el) => getComputedStyle(el).animationName === 'none'));
  const calm = await openPage(site.browser, PHONE, { reducedMotion: 'reduce', colorScheme: 'dark' });
  await open(calm.page, site, stepAddress(FROM));
  await calm.page.locator(FIGURE.choice).first().tap();
  assert.equal(await animation(calm.page), 'none');
  assert.deepEqual(await axe(calm.page), []);
  await screenshot(calm.page, `tears-step${FROM}-phone-dark`);
  assert.deepEqual(calm.errors, []);
  await calm.context.close();

  // Motion is for what the reader sets off: the picture at rest is drawn whole.
  const moving = await openPage(site.browser, PHONE);
  await open(moving.page, site, stepAddress(FROM));
  assert.ok(await still(moving.page), 'at rest');
  await moving.page.locator(FIGURE.choice).first().tap();
  assert.equal(await animation(moving.page), 'tears-grow', 'after a choice');
  await moving.context.close();
});
