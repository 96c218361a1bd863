// The snippet embed in a host page on another origin, in every engine: the frame follows
// its content's height through sections, steps and a finished quiz.
import assert from 'node:assert/strict';
import { STEPS, screen, stepAddress } from '../../shared/pages.mjs';
import { TEARS, QUIZ, WIDGET_FRAME } from '../../shared/selectors.mjs';
import { expectScreen, followLink, answerQuiz, freshQuiz, forgetQuiz, sidewaysScroll } from '../page-helpers.mjs';

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
];
