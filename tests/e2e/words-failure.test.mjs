// A page whose words cannot come is calm, never blank and never half-worded. The app
// carries no words of its own: each page holds its own as data, and a move fetches the
// next page's words (see src/web/words.rs). When that fetch fails (no connection before
// the first visit, a broken file), the screen says so with the support lines around it;
// "Try again" loads the page for real. A page whose own data is unreadable shows the
// calm panic screen, whose words are in its HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { screen, stepAddress } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE } from '../shared/viewports.mjs';
import { HEADING, NAV_LINK, TEARS } from '../shared/selectors.mjs';
import { OFFLINE_SAYS } from '../shared/wording.mjs';

const site = useSite();
// The file holding the flow's words (with the other pages the navigation links to).
const FLOW_WORDS = '**/words-nav-*.json';
// Both files of words: every page's but the one on screen.
const ALL_WORDS = '**/words-*.json';
const FAILED = '.words-failed';

/** Moves in place from home to the flow page by its navigation link. */
async function moveToFlow(page) {
  await page.goto(site.url(screen('home').address));
  await waitForInteractive(page);
  await page.locator(NAV_LINK).nth(2).click();
}

/** The calm message is there: its own heading, words, a real way to try again, and the
 *  crisis lines around it. */
async function assertCalm(page, label) {
  await page.waitForSelector(`${FAILED} h1`);
  const heading = (await page.locator(HEADING).textContent()).trim();
  assert.ok(heading.length > 10, `${label}: the message has a heading`);
  assert.ok((await page.locator(`${FAILED} p`).first().textContent()).trim().length > 40, `${label}: and words`);
  assert.equal(await page.locator('main h1').count(), 1, `${label}: one h1`);
  for (const href of ['tel:116123', 'sms:85258?body=SHOUT', 'tel:999']) {
    assert.ok(await page.locator(`a[href="${href}"]`).count() >= 1, `${label}: ${href}`);
  }
  const retry = page.locator(`${FAILED} a`);
  assert.match(await retry.getAttribute('href'), /flow\/$/, `${label}: try again leads to the page`);
}

// The offline notice must not promise what a move cannot keep: with the other pages'
// words not in, a move would show the calm message above.
test('offline before the other pages\' words came, the notice promises only this page; once they are in, everything', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await context.route(ALL_WORDS, (route) => route.abort('internetdisconnected'));
  await page.goto(site.url(screen('home').address));
  await waitForInteractive(page);
  // Both files asked for at the start, and failed.
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /words-\w+-/.test(e.name)).length >= 2);
  await context.setOffline(true);
  await page.locator('.toast--offline').waitFor();
  assert.equal((await page.locator('.toast--offline').textContent()).trim(), OFFLINE_SAYS.thisPage);
  await screenshot(page, 'offline-this-page-only');
  await context.setOffline(false);
  await context.unroute(ALL_WORDS);
  // A fresh load with the connection up: both files come, and the notice says so.
  await page.goto(site.url(screen('home').address));
  await waitForInteractive(page);
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /words-\w+-/.test(e.name) && e.responseEnd > 0).length >= 2);
  await context.setOffline(true);
  await page.locator('.toast--offline').waitFor();
  assert.equal((await page.locator('.toast--offline').textContent()).trim(), OFFLINE_SAYS.everything);
  const failed = (e) => /words-(nav|walkthrough)-/.test(e) || e === 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
  assert.ok(errors.every(failed), errors.join('\n'));
  await context.close();
});

test('a move whose words cannot be fetched gets a calm message, and Try again loads the page', async () => {
  for (const vp of VIEWPORTS) {
    const { context, page, errors } = await openPage(site.browser, vp);
    await context.route(FLOW_WORDS, (route) => route.abort('internetdisconnected'));
    await moveToFlow(page);
    await assertCalm(page, vp.name);
    await screenshot(page, `words-failed-${vp.name}`);
    // What failed is the file with the flow's words, and nothing else (Chromium's console line for a
    // failed load names no address; the request's own failure does).
    const failed = (e) => /words-nav-/.test(e) || e === 'console.error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED';
    assert.ok(errors.length > 0 && errors.every(failed), errors.join('\n'));
    // With the connection back, Try again is a real load of the flow page.
    await context.unroute(FLOW_WORDS);
    await Promise.all([page.waitForEvent('load'), page.locator(`${FAILED} a`).click()]);
    await waitForApp(page);
    assert.equal(await page.locator(HEADING).textContent(), screen('flow').heading);
    await context.close();
  }
});

/** Has the page count the fetches of words files, asked for and settled, and every heading in the
 *  main region that shows without words (a page on screen before its words are in). */
const watchWords = () => {
  window.__wordsAsked = 0;
  window.__wordsSettled = 0;
  window.__emptyHeadings = 0;
  const fetch = window.fetch;
  window.fetch = (...args) => {
    const asked = fetch(...args);
    if (!/words-/.test(String(args[0]))) return asked;
    window.__wordsAsked += 1;
    asked.catch(() => {}).finally(() => { window.__wordsSettled += 1; });
    return asked;
  };
  new MutationObserver(() => {
    if ([...document.querySelectorAll('main h1, main h2')].some((h) => !h.textContent.trim())) window.__emptyHeadings += 1;
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

// Two orders, both of which a phone offline meets: the move made while the background
// fetches are still on their way, and the move made after they failed (the failure is
// then old news: the move tries again, and must not flash the page without its words).
for (const when of ['while the background fetches are on their way', 'after they failed']) {
  test(`Next at the foot of a step, offline, ${when}: the reader is brought to the message, its heading focused`, async () => {
    const { context, page, errors } = await openPage(site.browser, PHONE);
    let release;
    const held = when === 'after they failed' ? Promise.resolve() : new Promise((done) => { release = done; });
    await context.route('**/words-*.json', async (route) => {
      await held;
      await route.abort('internetdisconnected');
    });
    await page.addInitScript(watchWords);
    await page.goto(site.url(stepAddress(3)));
    await waitForInteractive(page);
    if (when === 'after they failed') {
      // Every words file the app asked for as it started has failed, and a task later
      // the app has taken that in.
      await page.waitForFunction(() => window.__wordsAsked > 0 && window.__wordsSettled === window.__wordsAsked);
      await page.evaluate(() => new Promise((done) => setTimeout(done)));
    }
    // Next sits far down the step: the message takes the page's place above it.
    await page.locator(TEARS.next).tap();
    release?.();
    await page.waitForSelector(`${FAILED} h1`);
    await page.waitForFunction((h) => document.activeElement === document.querySelector(h), `${FAILED} h1`);
    const top = await page.evaluate((h) => document.querySelector(h).getBoundingClientRect().top, `${FAILED} h1`);
    assert.ok(top >= 0 && top < PHONE.viewport.height, `the message's heading is on screen (${top} px)`);
    assert.equal(await page.evaluate(() => window.__emptyHeadings), 0, 'no page showed without its words');
    assert.ok(errors.every((e) => /words-|ERR_INTERNET_DISCONNECTED/.test(e)), errors.join('\n'));
    await context.close();
  });
}

test('a broken words file gets the same calm message', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await context.route(FLOW_WORDS, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"12' }));
  await moveToFlow(page);
  await assertCalm(page, 'broken file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page whose own words are unreadable shows the calm panic screen', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await context.route('**/flow/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script id=words[^>]*>[^<]*<\/script>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(site.url(screen('flow').address));
  await page.waitForSelector('main.panic');
  assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1);
  assert.ok(errors.every((e) => /unreachable|no readable words/.test(e)), errors.join('\n'));
  await context.close();
});
