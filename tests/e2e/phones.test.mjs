// Phones and other widths: every route from 320 to 1440 px, portrait and landscape, with
// touch; no sideways scrolling, touch targets of at least 44 px, and text zoomed to 200%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { axe, focusWalk, screenshot } from './checks.mjs';
import { brokenWords } from './broken-words.mjs';
import { EVERY_PAGE, SECTIONS, pageName, screen } from '../shared/pages.mjs';
import { gotoQuiz, finishQuiz } from './quiz.mjs';
import { phoneSized, tabletSized, desktopSized } from '../shared/viewports.mjs';
import { FLOW, NAV_LINK } from '../shared/selectors.mjs';

const SIZES = [
  phoneSized(320, 568), phoneSized(568, 320), phoneSized(375, 667), phoneSized(667, 375), phoneSized(412, 915), phoneSized(915, 412),
  tabletSized(768, 1024), desktopSized(1280, 800), desktopSized(1440, 900),
];
/** Home, each section's own page, and "Embed this". */
const ROUTES = ['home', ...SECTIONS, 'embed'].map((s) => screen(s).address);

/** Controls a finger must hit: buttons, navigation, button-styled links, sliders, and the
 * labels of radio buttons and checkboxes (the label is what a finger taps there); or what
 * `selector` names. */
const smallTargets = (selector = 'button, nav a, a.button, .card__link, .support__number, .support-mini a, .site-footer__embed, label, input[type="range"]') => [...document.querySelectorAll(selector)]
  .filter((el) => el.tagName !== 'LABEL' || ['radio', 'checkbox'].includes(el.control?.type))
  .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
  .map((el) => ({ el, r: el.getBoundingClientRect() }))
  .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
  .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);

/** Pairs of targets whose boxes overlap: a tap in the shared part reaches only one of
 * them, maybe not the one the reader meant (the crisis reminder's lines once did). A
 * label and its own control, or an element inside another, do not count. */
const overlappingTargets = () => {
  const targets = [...document.querySelectorAll('a[href], button, input, label, summary, select, textarea')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  const boxes = targets.map((el) => [...el.getClientRects()]);
  const name = (el) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 24)}"`;
  const found = [];
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const [a, b] = [targets[i], targets[j]];
      if (a.contains(b) || b.contains(a) || a.control === b || b.control === a) continue;
      // More than a pixel of rounding in both directions.
      const hit = boxes[i].some((r) => boxes[j].some((q) =>
        Math.min(r.right, q.right) - Math.max(r.left, q.left) > 1 && Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top) > 1));
      if (hit) found.push(`${name(a)} overlaps ${name(b)}`);
    }
  }
  return found;
};

const sideways = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;

const site = useSite();

for (const size of SIZES) {
  test(`${size.name}: no sideways scroll, and 44px targets that do not overlap, on every route`, async () => {
    const { context, page, errors } = await openPage(site.browser, size);
    for (const path of ROUTES) {
      await page.goto(site.url(path));
      await waitForApp(page);
      assert.equal(await page.evaluate(sideways), false, `/${path} scrolls sideways`);
      assert.deepEqual(await page.evaluate(smallTargets), [], `/${path} small targets`);
      assert.deepEqual(await page.evaluate(overlappingTargets), [], `/${path} overlapping targets`);
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

/** Text at 200% (the root's size, as a reader's text setting would do). */
const zoomText = (page) => page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));

/** After text is zoomed: nothing scrolls sideways, and no word breaks inside itself. */
const assertFits = async (page, what) => {
  assert.equal(await page.evaluate(sideways), false, `${what} scrolls sideways at 200%`);
  assert.deepEqual(await page.evaluate(brokenWords), [], `${what}: words broken across lines at 200%`);
};

test('text zoomed to 200% still fits at 320 and 360 px on every page (embedded ones too), each question and the results, with no word broken', async () => {
  for (const size of [SIZES[0], phoneSized(360, 740)]) {
    const { context, page, errors } = await openPage(site.browser, size);
    // Every page, not one a section: the comparison's cards and a long word in an
    // evidence label were wider than the screen while the sections' first pages fitted.
    // The embedded copies too: a host's column may be a phone's width.
    for (const path of EVERY_PAGE) {
      await page.goto(site.url(path));
      await waitForApp(page);
      await zoomText(page);
      await page.waitForTimeout(50);
      await assertFits(page, `${size.name}: /${path}`);
      if (size === SIZES[0]) await screenshot(page, `zoom200-${pageName(path)}-320`);
    }
    // Every question: its answers sit beside a radio, in a padded card ("Very
    // uncomfortable" broke there). Then the results, whose cards list the answers.
    await gotoQuiz(page, site);
    await zoomText(page);
    await finishQuiz(page, {
      onQuestion: async (n) => {
        await assertFits(page, `${size.name}: question ${n + 1}`);
        if (size === SIZES[0] && n === 0) await screenshot(page, 'zoom200-question-320');
      },
    });
    await assertFits(page, `${size.name}: the results`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

// A broken link lands a reader here, maybe in distress: the crisis numbers must be as easy
// to tap as on every other page. The page carries its own rules (style/not-found.css), and
// before it did, each number was a bare inline link a line high.
test('the 404 page: every link a 44 px target, none overlapping, no sideways scroll, also at 200% text; axe and focus rings, light and dark', async () => {
  const cases = [[SIZES[0], 'light'], [phoneSized(360, 740), 'light'], [phoneSized(360, 740), 'dark'], [desktopSized(1280, 800), 'light']];
  for (const [size, colorScheme] of cases) {
    const { context, page, errors } = await openPage(site.browser, size, { colorScheme });
    const response = await page.goto(site.url('no/such/page'));
    assert.equal(response.status(), 404);
    // Every link here is a target: the crisis numbers sit inside sentences too.
    assert.deepEqual(await page.evaluate(smallTargets, 'a[href]'), [], `${size.name}: small targets`);
    assert.deepEqual(await page.evaluate(overlappingTargets), [], `${size.name}: overlapping targets`);
    assert.equal(await page.evaluate(sideways), false, `${size.name}: sideways`);
    // Styled: the support list sits on its own background, as on every page.
    assert.notEqual(await page.locator('.support').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgba(0, 0, 0, 0)');
    assert.deepEqual(await axe(page), [], `${size.name}, ${colorScheme}: axe`);
    // Its own sheet draws its rings: each shows (tests/shared/focus-seen.mjs).
    const focus = await focusWalk(page);
    assert.ok(focus.names.length >= 8, `${size.name}: Tab met ${focus.names.length} links`);
    assert.deepEqual(focus.wrong, [], `${size.name}, ${colorScheme}: focus rings`);
    await zoomText(page);
    await assertFits(page, `${size.name}: the 404 page`);
    if (size === SIZES[0]) await screenshot(page, 'not-found-320-200pc');
    assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), [], `${size.name}: only the page's own 404`);
    await context.close();
  }
});

// The flow is the one picture the reader drives: turned sideways, a phone shows it beside
// its controls, so the throat, where the block forms, stays in view while they drag.
test('a phone on its side, and a wide screen: the flow\'s throat stays in view while the reader drags "Holding back"', async () => {
  for (const size of [phoneSized(740, 360), phoneSized(640, 360), phoneSized(568, 320), tabletSized(1024, 768), desktopSized(1280, 800), desktopSized(1440, 900)]) {
    const { context, page, errors } = await openPage(site.browser, size);
    await page.goto(site.url(screen('flow').address));
    await waitForApp(page);
    const holding = page.locator(FLOW.holding);
    await holding.focus();
    await page.keyboard.press('End');
    const at = await page.evaluate((selector) => {
      const figure = document.querySelector('.flow-figure').getBoundingClientRect();
      const slider = document.querySelector(selector).getBoundingClientRect();
      // The throat: about a fifth of the way down the drawing (the head sits above it).
      return { throat: figure.top + figure.height * 0.22, slider: [slider.top, slider.bottom], height: innerHeight };
    }, FLOW.holding);
    assert.ok(at.throat > 0 && at.throat < at.height, `${size.name}: the throat at ${Math.round(at.throat)} px is on screen`);
    assert.ok(at.slider[0] >= 0 && at.slider[1] <= at.height, `${size.name}: the slider is on screen`);
    await screenshot(page, `phones-flow-${size.name}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
