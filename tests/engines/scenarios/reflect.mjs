// The reflection's quiz, in every engine: a keyboard start, resume after a reload, the
// results, copy (copied, or the calm note), a real download, print, forget and a reload.
import assert from 'node:assert/strict';
import { screen } from '../../shared/pages.mjs';
import { QUIZ } from '../../shared/selectors.mjs';
import { COPY_SAYS } from '../../shared/wording.mjs';
import { open, expectScreen, expectQuestion, answerQuiz, freshQuiz, text, focusedId, stored } from '../page-helpers.mjs';

export const REFLECT_SCENARIOS = [
  ['a whole quiz: resume after a reload, results, copy, download, print, forget', async (d, { origin, engine }) => {
    await open(d, origin, screen('reflect').address);
    await freshQuiz(d);
    await d.click(QUIZ.start);
    await expectQuestion(d, 1);
    // Question 1 by keyboard: into the group, choose with the arrows, on to Next.
    await d.press('Tab');
    await d.press('Space');
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q0]:checked')?.value), '0');
    await d.press('ArrowDown');
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q0]:checked')?.value), '1');
    await d.press('Tab');
    assert.ok(await d.eval(() => document.activeElement.className.includes('quiz-next')), 'Tab reaches Next');
    await d.press('Enter');
    await expectQuestion(d, 2);
    await d.click(QUIZ.choice, 4);
    await d.click(QUIZ.next);
    await expectQuestion(d, 3);
    assert.match(await stored(d), /^1\|q2\|/);

    // A reload mid-quiz resumes at the same question, answers kept.
    await d.reload();
    await expectScreen(d, screen('reflect').address);
    await expectQuestion(d, 3, { focus: false });
    assert.match(await text(d, QUIZ.note), /Welcome back/);
    await d.click(QUIZ.back);
    await expectQuestion(d, 2);
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q1]:checked')?.value), '4');
    await d.click(QUIZ.next);
    await answerQuiz(d, 3);

    assert.equal(await focusedId(d), 'quiz-results-heading');
    const cards = await d.eval(() => document.querySelectorAll('.reflection').length);
    assert.ok(cards >= 2 && cards <= 5, `${cards} cards`);
    assert.match(await stored(d), /^1\|r\|[0-9r-]{10}$/);
    await d.screenshot('reflect-results');

    // Copy: either copied, or a calm note to download instead (never an error).
    await d.click(QUIZ.copy);
    const said = await d.waitFor((s) => document.querySelector(s)?.textContent || null, QUIZ.status);
    assert.ok(COPY_SAYS.some((s) => said.startsWith(s)), `copy says: ${said}`);
    console.log(`# ${engine}: copy as text says "${said.split('.')[0]}."`);
    // Where there is no Clipboard API (an insecure origin, an old browser), the calm note.
    await d.eval(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined }); });
    await d.click(QUIZ.copy);
    await d.waitFor(([s, t]) => document.querySelector(s)?.textContent.startsWith(t), [QUIZ.status, COPY_SAYS[1]]);

    // Download: a text file made on the device, really saved by the browser.
    await d.click(QUIZ.download);
    await d.waitFor((s) => document.querySelector(s)?.textContent.includes('saved'), QUIZ.status);
    const saved = await d.savedFile('my-reflections-on-tears.txt');
    assert.ok(saved.startsWith('My reflections on tears') && saved.includes('116 123'), saved.slice(0, 80));

    // Print asks for the dialogue (a stand-in here: a real one would block the session).
    await d.eval(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await d.click(QUIZ.print);
    assert.equal(await d.eval(() => window.__printed), 1);

    // Forget: asks first (focus on the safe choice), then clears and says so.
    await d.click(QUIZ.forgetAsk);
    assert.equal(`#${await focusedId(d)}`, QUIZ.forgetNo);
    await d.click(QUIZ.forgetYes);
    await d.waitForSelector(QUIZ.intro);
    assert.match(await text(d, QUIZ.note), /forgotten/);
    assert.equal(await focusedId(d), 'quiz-intro-heading');
    assert.equal(await stored(d), null);
    await d.reload();
    await expectScreen(d, screen('reflect').address);
    await d.wait(200);
    assert.equal(await d.eval((s) => document.querySelectorAll(s).length, QUIZ.intro), 1, 'nothing comes back after a reload');
  }],
];
