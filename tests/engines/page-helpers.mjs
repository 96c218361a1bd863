// Small page-side helpers for the engine scenarios, written once on top of the
// engine-neutral driver (driver.mjs). Addresses, headings and the step count come from the
// page table (tests/shared/pages.mjs); selectors and words from tests/shared/.
import assert from 'node:assert/strict';
import { headingOf, stepAddress, addressOf } from '../shared/pages.mjs';
import { APP_HEADING, TEARS, QUIZ } from '../shared/selectors.mjs';
import { QUIZ_KEY, QUESTIONS, stepProgress, questionProgress } from '../shared/wording.mjs';

/** The screen's address a full address shows (the site is served at the root here). */
const addressIn = (href) => addressOf(href, `${new URL(href).origin}/`);

/** Waits until the app is live (not just the prerendered copy) showing the screen at
 * `address`; unless `url` is false, also that the page is that screen's own. */
export async function expectScreen(d, address, { url = true } = {}) {
  const heading = headingOf(address);
  await d.waitFor(
    ([s, h]) => document.querySelector(s)?.textContent === h
      && performance.getEntriesByName('app-interactive').length === 1,
    [APP_HEADING, heading],
    { timeout: 20_000, message: `screen /${address} ("${heading}")` },
  );
  if (url) assert.equal(addressIn(await d.eval(() => location.href)), address, 'address');
}

/** Opens the screen at `address` of the site at `origin` and waits for it. */
export async function open(d, origin, address) {
  await d.goto(`${origin}/${address}`);
  await expectScreen(d, address);
}

/** Waits until a service worker controls the page (on a first visit, once it has
 * precached the site, activated and claimed the page); returns 'controlled', or why not. */
export function waitForWorker(d) {
  return d.eval(async () => {
    if (!('serviceWorker' in navigator)) return 'no navigator.serviceWorker';
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return 'controlled';
  });
}

/** Clicks the first visible link on this page's own origin to the screen at `address`
 * (in the navigation if there is one there, else anywhere). */
export async function followLink(d, address) {
  const links = await d.eval(() => [...document.querySelectorAll('a')].map((a) => ({
    href: a.href,
    own: a.origin === location.origin,
    visible: a.getClientRects().length > 0,
    nav: !!a.closest('nav'),
  })));
  const to = (l) => l.own && l.visible && addressIn(l.href) === address;
  let index = links.findIndex((l) => to(l) && l.nav);
  if (index < 0) index = links.findIndex(to);
  assert.ok(index >= 0, `a visible link to /${address}`);
  await d.click('a', index);
}

export const text = (d, selector) => d.eval((s) => document.querySelector(s)?.textContent ?? null, selector);
export const focusedId = (d) => d.eval(() => document.activeElement?.id ?? '');
export const sidewaysScroll = (d) => d.eval(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
export const stored = (d) => d.eval((k) => localStorage.getItem(k), QUIZ_KEY);

/** Step `n` shows, at its own address, with its progress line and focus on its heading. */
export async function expectStep(d, n) {
  await expectScreen(d, stepAddress(n));
  assert.equal(await text(d, TEARS.progress), stepProgress(n));
  assert.equal(await focusedId(d), 'tears-heading', `focus on step ${n}'s heading`);
}

/** Question `n` shows (and, unless `focus` is false, its heading has focus). */
export async function expectQuestion(d, n, { focus = true } = {}) {
  await d.waitFor(([s, t]) => document.querySelector(s)?.textContent === t, [QUIZ.progress, questionProgress(n)]);
  if (focus) assert.equal(await focusedId(d), 'quiz-question-heading', `focus on question ${n}`);
}

/** Answers questions from..QUESTIONS by pointer (a different choice each time); ends on
 * the results. */
export async function answerQuiz(d, from = 1) {
  for (let n = from; n <= QUESTIONS; n += 1) {
    await expectQuestion(d, n);
    await d.click(QUIZ.choice, n % 5);
    await d.click(QUIZ.next);
  }
  await d.waitForSelector(QUIZ.results);
}

/** Forgets the quiz's answers (asking first, then yes) and waits for its intro. */
export async function forgetQuiz(d) {
  await d.click(QUIZ.forgetAsk);
  await d.click(QUIZ.forgetYes);
  await d.waitForSelector(QUIZ.intro);
}

/** Brings the quiz to its intro, forgetting anything an earlier scenario left. */
export async function freshQuiz(d) {
  await d.waitForSelector(QUIZ.anyScreen);
  if (await d.eval((s) => !document.querySelector(s), QUIZ.intro)) await forgetQuiz(d);
}
