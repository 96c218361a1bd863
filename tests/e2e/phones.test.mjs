// Phones and other widths: every route from 320 to 1440 px, portrait and landscape, with
// touch; no sideways scrolling, touch targets of at least 44 px, and text zoomed to 200%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { SECTIONS, screen } from '../shared/pages.mjs';
import { phoneSized, tabletSized, desktopSized } from '../shared/viewports.mjs';
import { NAV_LINK } from '../shared/selectors.mjs';

const SIZES = [
  phoneSized(320, 568), phoneSized(568, 320), phoneSized(375, 667), phoneSized(667, 375), phoneSized(412, 915), phoneSized(915, 412),
  tabletSized(768, 1024), desktopSized(1280, 800), desktopSized(1440, 900),
];
/** Home, each section's own page, and "Embed this". */
const ROUTES = ['home', ...SECTIONS, 'embed'].map((s) => screen(s).address);

/** Controls a finger must hit: buttons, navigation, button-styled links, sliders, and the
 * labels of radio buttons and checkboxes (the label is what a finger taps there). */
const smallTargets = () => [...document.querySelectorAll('button, nav a, a.button, .card__link, .support__number, label, input[type="range"]')]
  .filter((el) => el.tagName !== 'LABEL' || ['radio', 'checkbox'].includes(el.control?.type))
  .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .map((el) => ({ el, r: el.getBoundingClientRect() }))
  .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
  .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);

const sideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

const site = useSite();

for (const size of SIZES) {
  test(`${size.name}: no sideways scroll and 44px targets on every route`, async () => {
    const { context, page, errors } = await openPage(site.browser, size);
    for (const path of ROUTES) {
      await page.goto(site.url(path));
      await waitForApp(page);
      assert.equal(await page.evaluate(sideways), false, `/${path} scrolls sideways`);
      assert.deepEqual(await page.evaluate(smallTargets), [], `/${path} small targets`);
    }
    if (size.name === '568x320' || size.name === '320x568') await screenshot(page, `phones-embed-page-${size.name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('320 px: the navigation keeps its links on one row', async () => {
  const { context, page, errors } = await openPage(site.browser, SIZES[0]);
  for (const path of ROUTES) {
    await page.goto(site.url(path));
    await waitForApp(page);
    const tops = await page.evaluate((links) => [...document.querySelectorAll(links)].map((a) => Math.round(a.getBoundingClientRect().top)), NAV_LINK);
    assert.ok(tops.length >= 4, `/${path} shows its navigation`);
    assert.equal(new Set(tops).size, 1, `/${path}: the navigation's links sit at ${tops.join(', ')} px`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('320 px and 360 px: a navigation link\'s focus ring stays clear of the next link', async () => {
  for (const size of [SIZES[0], phoneSized(360, 740)]) {
    const { context, page, errors } = await openPage(site.browser, size);
    // On a section's page, so one link is the filled pill of the current page.
    await page.goto(site.url(ROUTES.find((path) => path.startsWith('tears'))));
    await waitForApp(page);
    const links = page.locator(NAV_LINK);
    const count = await links.count();
    for (let i = 0; i < count; i += 1) {
      // Focused by the keyboard, so the ring (:focus-visible) shows.
      await links.nth(i).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate((selector) => {
        const all = [...document.querySelectorAll(selector)];
        const el = document.activeElement;
        const s = getComputedStyle(el);
        const reach = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
        const r = el.getBoundingClientRect();
        return all.filter((a) => a !== el).map((a) => a.getBoundingClientRect())
          .filter((o) => o.left < r.right + reach && o.right > r.left - reach && o.top < r.bottom && o.bottom > r.top)
          .map((o) => `${Math.round(r.right + reach - o.left)} px`);
      }, NAV_LINK);
      assert.deepEqual(overlap, [], `${size.name}: link ${i + 1}'s ring runs over its neighbour by ${overlap}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('text zoomed to 200% still fits at 320px on every route', async () => {
  const { context, page, errors } = await openPage(site.browser, SIZES[0]);
  for (const path of ROUTES) {
    await page.goto(site.url(path));
    await waitForApp(page);
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(sideways), false, `/${path} scrolls sideways at 200%`);
    await screenshot(page, `zoom200-${path.replace(/\W/g, '') || 'home'}-320`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
