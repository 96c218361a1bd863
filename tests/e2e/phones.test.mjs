// Phones and other widths: every route from 320 to 1440 px, portrait and landscape, with
// touch; no sideways scrolling, touch targets of at least 44 px, and text zoomed to 200%.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, openPage, waitForApp, screenshot } from './harness.mjs';

const phone = (w, h) => ({ viewport: { width: w, height: h }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const SIZES = [
  { name: '320x568', ...phone(320, 568) },
  { name: '568x320', ...phone(568, 320) },
  { name: '375x667', ...phone(375, 667) },
  { name: '667x375', ...phone(667, 375) },
  { name: '412x915', ...phone(412, 915) },
  { name: '915x412', ...phone(915, 412) },
  { name: '768x1024', viewport: { width: 768, height: 1024 }, isMobile: false, hasTouch: true, deviceScaleFactor: 1 },
  { name: '1280x800', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
  { name: '1440x900', viewport: { width: 1440, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];
const ROUTES = ['', 'tears/', 'flow/', 'reflect/', 'embed/'];

/** Controls a finger must hit: buttons, navigation, button-styled links, sliders, and the
 * labels of radio buttons and checkboxes (the label is what a finger taps there). */
const smallTargets = () => [...document.querySelectorAll('button, nav a, a.button, .card__link, .support__number, label, input[type="range"]')]
  .filter((el) => el.tagName !== 'LABEL' || ['radio', 'checkbox'].includes(el.control?.type))
  .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .map((el) => ({ el, r: el.getBoundingClientRect() }))
  .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
  .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);

const sideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

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
