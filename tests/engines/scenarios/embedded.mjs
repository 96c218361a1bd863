// The snippet embed in a host page on another origin, in every engine: the frame follows
// its content's height through sections, steps and a finished quiz; and two reflections in
// one article follow each other's saved answers.
import assert from 'node:assert/strict';
import { STEPS, screen, stepAddress } from '../../shared/pages.mjs';
import { TEARS, QUIZ, WIDGET_FRAME } from '../../shared/selectors.mjs';
import { QUIZ_KEY } from '../../shared/wording.mjs';
import { expectScreen, followLink, answerQuiz, freshQuiz, forgetQuiz, sidewaysScroll, expectQuestion, stored, text } from '../page-helpers.mjs';

export const EMBEDDED_SCENARIOS = [
  ['embedded in a host page on another origin: the frame follows its content', async (d, { host }) => {
    await d.goto(host.page('host-snippet.html'));
    const frame = WIDGET_FRAME;
    /** Waits until the iframe's height matches its content's (within a few pixels). */
    const fits = async (why) => {
      let last;
      for (let i = 0; i < 60; i += 1) {
        await d.top();
        const outer = await d.eval((s) => document.querySelector(s).getBoundingClientRect().height, frame);
        await d.frame(frame);
        const inner = await d.eval(() => ({
          body: Math.ceil(document.body.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        }));
        last = { outer, ...inner };
        if (Math.abs(outer - inner.body) <= 4 && inner.scroll <= 1) return;
        await d.wait(100);
      }
      assert.fail(`${why}: the frame does not fit its content: ${JSON.stringify(last)}`);
    };
    await d.frame(frame);
    await expectScreen(d, screen('tears').address, { url: false });
    assert.equal(await d.eval(() => document.querySelectorAll('.brand').length), 0, 'no page header of its own');
    await fits('first screen');
    for (const address of ['flow', 'reflect', 'home', 'tears'].map((s) => screen(s).address)) {
      await followLink(d, address);
      await expectScreen(d, address, { url: false });
      await fits(`/${address}`);
    }
    for (let n = 2; n <= STEPS; n += 1) {
      await d.click(TEARS.next);
      await expectScreen(d, stepAddress(n), { url: false });
      await fits(`step ${n}`);
    }
    await followLink(d, screen('reflect').address);
    await expectScreen(d, screen('reflect').address, { url: false });
    await freshQuiz(d);
    await d.click(QUIZ.start);
    await answerQuiz(d);
    await fits('quiz results');
    await forgetQuiz(d);
    await d.top();
    assert.equal(await sidewaysScroll(d), false);
    await d.eval(() => window.scrollTo(0, 0));
    await d.screenshot('embed-host');
  }],
  ['two reflections in one article: each takes in what the other saves or forgets', async (d, { host, origin }) => {
    const guide = (id) => `<div id="${id}" data-crying-explainer data-section="reflect" style="min-height:640px"></div>`;
    await d.goto(host.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Two guides</title></head>
      <body>${guide('one')}<p>Between them.</p>${guide('two')}<script src="${origin}/embed.js" async></script></body></html>`));
    /** Into guide `id`'s frame, once its app is running. */
    const into = async (id) => {
      await d.top();
      await d.frame(`#${id} iframe`);
      await d.waitFor(() => performance.getEntriesByName('app-interactive').length > 0);
      await d.waitForSelector(QUIZ.anyScreen);
    };
    await into('two');
    await freshQuiz(d);
    await into('one');
    await freshQuiz(d);
    // The first guide answers question 1 while the second shows its introduction.
    await d.click(QUIZ.start);
    await expectQuestion(d, 1, { focus: false });
    await d.click(QUIZ.choice, 2);
    await d.waitFor((k) => localStorage.getItem(k) === '1|q0|2---------', QUIZ_KEY);
    // The second offers to carry on, and does, from question 2 with that answer kept.
    await into('two');
    await d.waitFor((s) => document.querySelector(s)?.textContent.includes('Carry on'), QUIZ.start);
    await d.click(QUIZ.start);
    await expectQuestion(d, 2, { focus: false });
    assert.equal(await stored(d), '1|q1|2---------');
    // Forgotten in the second: forgotten in the first too, which says so.
    await forgetQuiz(d);
    await into('one');
    await d.waitForSelector(QUIZ.intro);
    assert.match(await text(d, QUIZ.note), /forgotten/);
    assert.equal(await stored(d), null);
  }],
];
