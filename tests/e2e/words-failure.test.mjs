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

const site = useSite();
// The file holding the flow's words (with the other pages the navigation links to).
const FLOW_WORDS = '**/words-nav-*.json';
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

test('Next at the foot of a step, offline: the reader is brought to the message, its heading focused', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await context.route('**/words-*.json', (route) => route.abort('internetdisconnected'));
  await page.goto(site.url(stepAddress(3)));
  await waitForInteractive(page);
  // Next sits far down the step: the message takes the page's place above it.
  await page.locator(TEARS.next).tap();
  await page.waitForSelector(`${FAILED} h1`);
  await page.waitForFunction((h) => document.activeElement === document.querySelector(h), `${FAILED} h1`);
  const top = await page.evaluate((h) => document.querySelector(h).getBoundingClientRect().top, `${FAILED} h1`);
  assert.ok(top >= 0 && top < PHONE.viewport.height, `the message's heading is on screen (${top} px)`);
  assert.ok(errors.every((e) => /words-|ERR_INTERNET_DISCONNECTED/.test(e)), errors.join('\n'));
  await context.close();
});

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
