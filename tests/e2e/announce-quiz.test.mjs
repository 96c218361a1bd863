// Each action in the reflection's quiz says what happened, once (issue 19, point 2), at
// both widths, as a screen reader meets it (see announce.test.mjs): Start, Next, Back and
// Skip put focus on the question's heading in its legend, described by "Question N of 10";
// an answer is a checked radio that keeps focus and moves nothing; Finish puts focus on
// the results' heading; Copy says its status once; Forget asks (focus on No) and says it
// once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage } from './harness.mjs';
import { openListening, heard, focus, settle } from './listening.mjs';
import { questionFocus, pick } from '../shared/said-once.mjs';
import { screen } from '../shared/pages.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { QUESTIONS, questionProgress } from '../shared/wording.mjs';
import { QUIZ } from '../shared/selectors.mjs';

const site = useSite();

for (const vp of VIEWPORTS) {
  test(`quiz at ${vp.name}: focus on each question's legend heading and on the results; answer, copy and forget said once`, async () => {
    await withPage(site.browser, vp, {}, async ({ context, page, errors }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await openListening(page, site, screen('reflect').address);
      const expectQuestion = async (n, how) => {
        await page.waitForFunction((t) => document.activeElement?.id === 'quiz-question-heading'
          && document.getElementById('quiz-progress')?.textContent === t, questionProgress(n), { timeout: 10_000 });
        const expected = questionFocus(n);
        assert.deepEqual(pick(await focus(page), expected), expected, `${how}: question ${n}'s heading in its legend, described by its place`);
        await settle(page, 200);
        assert.deepEqual(await heard(page), [], `${how} to question ${n}: no live region speaks`);
      };
      await page.locator(QUIZ.start).click();
      await expectQuestion(1, 'Start');
      // An answer: the radio is checked and keeps focus; nothing moves on.
      await page.locator(QUIZ.choice).nth(1).click();
      const answer = await page.evaluate(() => ({
        checked: document.querySelector('input[name=quiz-q0]:checked')?.value ?? null,
        focused: document.activeElement?.type === 'radio' && document.activeElement.checked,
        place: document.getElementById('quiz-progress').textContent,
      }));
      assert.deepEqual(answer, { checked: '1', focused: true, place: questionProgress(1) });
      await page.locator(QUIZ.next).click();
      await expectQuestion(2, 'Next');
      await page.locator(QUIZ.back).click();
      await expectQuestion(1, 'Back');
      assert.equal(await page.evaluate(() => document.querySelector('input[name=quiz-q0]:checked')?.value), '1', 'Back keeps the answer');
      await page.locator(QUIZ.skip).click();
      await expectQuestion(2, 'Skip');
      // By keyboard: Space chooses, Tab to Next, Enter moves on.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      assert.equal(await page.evaluate(() => document.activeElement?.checked), true, 'Space checks the focused radio');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expectQuestion(3, 'Enter on Next');
      for (let n = 3; n <= QUESTIONS; n += 1) {
        await page.locator(QUIZ.choice).nth(n % 4).click();
        await page.locator(QUIZ.next).click();
        if (n < QUESTIONS) await expectQuestion(n + 1, 'Next');
      }
      await page.waitForFunction(() => document.activeElement?.id === 'quiz-results-heading', null, { timeout: 10_000 });
      assert.equal((await focus(page)).tag, 'h2', 'focus on the results heading');
      await settle(page, 200);
      assert.deepEqual(await heard(page), [], 'the results say nothing besides their focused heading');

      await page.locator(QUIZ.copy).click();
      await page.waitForFunction(() => document.querySelector('.share__status').textContent !== '', null, { timeout: 5000 });
      await settle(page, 800);
      const copied = await heard(page);
      assert.equal(copied.length, 1, `copy said once: ${JSON.stringify(copied)}`);
      assert.equal(copied[0].region, 'share__status');
      assert.match(copied[0].text, /^Copied\./);

      await page.locator(QUIZ.forgetAsk).click();
      assert.equal((await focus(page)).id, 'quiz-forget-no', 'asking first: focus on the safe No');
      // The focused No is described by the question, so it is heard with it.
      const described = await page.evaluate(() => document.getElementById(document.activeElement.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
      assert.match(described, /cannot be undone/, 'the question is heard with the focused No');
      await page.locator(QUIZ.forgetYes).click();
      await page.waitForFunction(() => document.activeElement?.id === 'quiz-intro-heading', null, { timeout: 5000 });
      await settle(page, 500);
      const said = await heard(page);
      assert.equal(said.length, 1, `forgetting said once: ${JSON.stringify(said)}`);
      assert.match(said[0].text, /forgotten/);
      assert.deepEqual(errors, []);
    });
  });
}
