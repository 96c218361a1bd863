// A move whose words are still on their way keeps the page before on screen, as a browser
// does while the next page loads: nothing blanks, focus stays where the reader left it,
// the main region is busy, and a quiet "Loading" notice shows if the wait lasts. When the
// words come, the new page replaces the old at once. (It used to swap the page for a
// loading line, which took the focused button away.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForInteractive } from './harness.mjs';
import { screen, stepAddress } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { HEADING, NAV_LINK, TEARS } from '../shared/selectors.mjs';

const site = useSite();
const LOADING = '.toast--loading';

/** Holds every request for `files` until the returned `release` is called. */
async function holdWords(context, files) {
  let release;
  const released = new Promise((done) => { release = done; });
  await context.route(files, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** What the reader has in front of them: the heading, the focused element, busy or not,
 *  and whether the loading notice can be seen. */
const state = (page) => page.evaluate(([heading, loading]) => ({
  heading: document.querySelector(heading)?.textContent.trim(),
  focused: document.activeElement?.outerHTML.slice(0, 80),
  busy: document.querySelector('main')?.getAttribute('aria-busy'),
  notice: (() => {
    const n = document.querySelector(loading);
    return n ? Number(getComputedStyle(n).opacity) : null;
  })(),
}), [HEADING, LOADING]);

test('a move to another section waits on the page before, then shows the new one', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  const release = await holdWords(context, '**/words-nav-*.json');
  await page.goto(site.url(screen('home').address));
  await waitForInteractive(page);
  const link = page.locator(NAV_LINK).nth(2);
  await link.focus();
  await link.press('Enter');
  await page.waitForFunction((p) => location.pathname.endsWith(p), screen('flow').address);
  await page.waitForTimeout(600);
  const waiting = await state(page);
  assert.equal(waiting.heading, screen('home').heading, 'the page before stays');
  assert.match(waiting.focused, /nav__link/, 'focus stays on the link pressed');
  assert.equal(waiting.busy, 'true', 'the main region is busy');
  assert.equal(waiting.notice, 1, 'a wait that lasts shows the loading notice');
  release();
  await page.waitForFunction(([h, words]) => document.querySelector(h)?.textContent.trim() === words,
    [HEADING, screen('flow').heading]);
  const arrived = await state(page);
  assert.equal(arrived.busy, null, 'no longer busy');
  assert.equal(arrived.notice, null, 'the notice is gone');
  assert.match(arrived.focused, /<h1/, 'focus moves to the new heading, as after any move');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Next with the next step\'s words on their way keeps the step and the focus on Next', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  const release = await holdWords(context, '**/words-walkthrough-*.json');
  await page.goto(site.url(stepAddress(1)));
  await waitForInteractive(page);
  const before = (await page.locator(TEARS.heading).textContent()).trim();
  await page.locator(TEARS.next).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => location.pathname.endsWith(p), stepAddress(2));
  await page.waitForTimeout(200);
  assert.equal((await page.locator(TEARS.heading).textContent()).trim(), before, 'step 1 stays');
  assert.match((await state(page)).focused, /tears__next/, 'focus stays on Next');
  release();
  await page.waitForFunction(([h, b]) => document.querySelector(h)?.textContent.trim() !== b, [TEARS.heading, before]);
  const after = await state(page);
  assert.notEqual(after.focused, undefined);
  assert.doesNotMatch(after.focused, /^<body/, 'focus is not dropped to the page');
  assert.deepEqual(errors, []);
  await context.close();
});
