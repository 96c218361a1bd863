// The reflection's quiz in the Chromium suites: opening it, where it is, and finishing it.
import assert from 'node:assert/strict';
import { QUIZ } from '../shared/selectors.mjs';
import { QUIZ_KEY, QUESTIONS, questionProgress } from '../shared/wording.mjs';
import { screen } from '../shared/pages.mjs';
import { waitForApp } from '../shared/chromium.mjs';

/** Opens the reflection of `site` and waits for whichever quiz screen it shows. */
export async function gotoQuiz(page, site) {
  await page.goto(site.url(screen('reflect').address));
  await waitForApp(page);
  await page.waitForSelector(QUIZ.anyScreen);
}

/** The id of the focused element ('' if none). */
export const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/** What the quiz keeps in storage (null for nothing). */
export const stored = (page) => page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY);

/** Waits until question `n` (1-based) shows: its progress line says so. */
const showing = (scope, n) => scope.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [QUIZ.progress, questionProgress(n)]);

/** Waits for question `n`, focused on its heading, which its progress line describes. */
export async function expectQuestion(page, n) {
  await showing(page, n);
  // Said once, with the focused question: its heading is described by the progress line.
  assert.equal(await page.locator('#quiz-question-heading').getAttribute('aria-describedby'), 'quiz-progress');
  assert.equal(await page.locator(QUIZ.progress).getAttribute('aria-live'), null);
  assert.equal(await focusedId(page), 'quiz-question-heading', `focus on question ${n}`);
}

/** Finishes the quiz in `scope` (a page or a frame), choosing answers by position from
 * question `from` (pressing Start first when that is the first, unless `started`); returns
 * the chosen answers' text. `onQuestion(n)`, if given, runs once question `n` (0-based)
 * shows, before it is answered. */
export async function finishQuiz(scope, { from = 0, started = false, onQuestion } = {}) {
  if (from === 0 && !started) await scope.locator(QUIZ.start).click();
  const chosen = [];
  for (let n = from; n < QUESTIONS; n += 1) {
    await scope.locator(QUIZ.question).waitFor();
    if (onQuestion) {
      await showing(scope, n + 1);
      await onQuestion(n);
    }
    const choice = scope.locator(QUIZ.choice).nth(n % 4);
    chosen.push((await choice.textContent()).trim());
    await choice.click();
    await scope.locator(QUIZ.next).click();
  }
  await scope.locator(QUIZ.results).waitFor();
  return chosen;
}
