// Each action says what happened, once (issue 19, point 2), in the other engines, through
// the engine-neutral driver: where focus lands and what describes it (`focusReport`), and
// every live region's change (`startListening`/`takeHeard`), both from
// tests/shared/listen.mjs; the moves and what they must say from tests/shared/said-once.mjs.
// The checks of tests/e2e/announce*.test.mjs except the flow's burst of changes, the quiz by
// keyboard and forgetting. Going offline and back is the browser's word to the page (its
// events), since these drivers cannot take a page offline. A new version ready is said once here too, on a
// private copy of the build served on its own port. Run by `engineSuite` in scenarios.mjs
// after its own scenarios, in the same session per size.
import assert from 'node:assert/strict';
import { screen, stepAddress } from '../shared/pages.mjs';
import { APP_HEADING, FIGURE, FLOW, QUIZ, SNIPPET } from '../shared/selectors.mjs';
import { questionProgress, QUESTIONS, FLOW_CAPTION } from '../shared/wording.mjs';
import { startListening, takeHeard, focusReport } from '../shared/listen.mjs';
import { WALKTHROUGH_MOVES, MOVE, stepFocus, questionFocus, pick } from '../shared/said-once.mjs';
import { freshQuiz, forgetQuiz } from './page-helpers.mjs';
import { copyOfBuild, deployNewVersion, serveSite } from '../shared/site.mjs';

/** Opens the screen at `address`, waits until the app is live on it, and starts listening. */
async function open(d, origin, address) {
  await d.goto(`${origin}/${address}`);
  await d.waitFor((s) => performance.getEntriesByName('app-interactive').length === 1
    && !!document.querySelector(s), APP_HEADING, { timeout: 20_000, message: `/${address} live` });
  await d.eval(startListening);
}
const heard = (d) => d.eval(takeHeard);
const focus = (d) => d.eval(focusReport);

async function expectStep(d, n, how) {
  const expected = stepFocus(n);
  await d.waitFor((h) => document.activeElement?.textContent === h, expected.text, { message: `${how}: focus on step ${n}'s heading` });
  await d.wait(300);
  assert.deepEqual(pick(await focus(d), expected), expected, `${how}: step ${n}'s heading, described by its place`);
  assert.deepEqual(await heard(d), [], `${how} to step ${n}: no live region speaks`);
}

async function expectQuestion(d, n, how) {
  await d.waitFor((t) => document.activeElement?.id === 'quiz-question-heading'
    && document.getElementById('quiz-progress')?.textContent === t, questionProgress(n), { message: `${how}: focus on question ${n}` });
  const expected = questionFocus(n);
  assert.deepEqual(pick(await focus(d), expected), expected, `${how}: question ${n}'s heading in its legend, described by its place`);
  await d.wait(200);
  assert.deepEqual(await heard(d), [], `${how} to question ${n}: no live region speaks`);
}

export const ANNOUNCE_SCENARIOS = [
  ['said once: walkthrough Next and Back by button and key focus the new heading', async (d, { origin }) => {
    await open(d, origin, stepAddress(1));
    for (const [how, n] of WALKTHROUGH_MOVES) {
      if (MOVE[how].press) await d.click(MOVE[how].press);
      else await d.press(MOVE[how].key);
      await expectStep(d, n, how);
    }
    // A figure's toggle: aria-pressed, and its caption said once.
    await d.click(FIGURE.choice, 1);
    await d.waitFor((s) => document.querySelectorAll(s)[1].getAttribute('aria-pressed') === 'true', FIGURE.choice);
    await d.wait(400);
    const said = await heard(d);
    assert.equal(said.length, 1, `the figure's caption said once: ${JSON.stringify(said)}`);
    assert.equal(said[0].text, await d.eval((s) => document.querySelector(s).textContent.trim(), FIGURE.caption));
  }],

  ['said once: the flow\'s Pause/Play label, its state after a change, never while it animates', async (d, { origin }) => {
    await open(d, origin, screen('flow').address);
    await d.eval(() => document.querySelector('.flow-visual__stage').scrollIntoView({ block: 'center' }));
    const label = () => d.eval(() => document.querySelector('.flow-visual__pause').textContent);
    assert.equal(await label(), 'Pause');
    assert.equal(await d.eval(() => document.querySelector('.flow-visual__pause').getAttribute('aria-pressed')), null, 'a label, not also aria-pressed');
    await d.click(FLOW.pause);
    await d.waitFor(() => document.querySelector('.flow-visual__pause').textContent === 'Play', null, { message: 'called Play' });
    await d.click(FLOW.pause);
    await d.waitFor(() => document.querySelector('.flow-visual__pause').textContent === 'Pause', null, { message: 'called Pause' });
    await d.wait(1500);
    assert.deepEqual(await heard(d), [], 'nothing said while the picture only moves');
    await d.eval(() => document.querySelector('#flow-stress').focus());
    await d.press('ArrowRight');
    await d.waitFor(() => document.querySelector('.flow-visual__said').textContent.trim() !== '', null, { timeout: 3000, message: 'the state said' });
    await d.wait(1500);
    let said = await heard(d);
    assert.equal(said.length, 1, `one change, said once: ${JSON.stringify(said)}`);
    assert.match(said[0].text, /channel/i);
    // Nothing is blocked yet, so opening the channel brings no tears, and says why.
    await d.click(FLOW.release);
    await d.wait(3000);
    said = await heard(d);
    assert.equal(said.length, 1, `Open the channel said once: ${JSON.stringify(said)}`);
    // The channel's state, then the caption, with no echo between them.
    assert.equal(said[0].text, `The channel is open. ${FLOW_CAPTION.nothingToEase}`);
  }],

  ['said once: quiz focus on each question\'s legend heading and the results; answer and copy', async (d, { origin }) => {
    await open(d, origin, screen('reflect').address);
    await freshQuiz(d);
    await heard(d);
    await d.click(QUIZ.start);
    await expectQuestion(d, 1, 'Start');
    await d.click(QUIZ.choice, 1);
    assert.deepEqual(await d.eval(() => ({
      checked: document.querySelector('input[name=quiz-q0]:checked')?.value ?? null,
      place: document.getElementById('quiz-progress').textContent,
    })), { checked: '1', place: questionProgress(1) }, 'the answer is a checked radio; nothing moves on');
    await d.click(QUIZ.next);
    await expectQuestion(d, 2, 'Next');
    await d.click(QUIZ.skip);
    await expectQuestion(d, 3, 'Skip');
    await d.click(QUIZ.back);
    await expectQuestion(d, 2, 'Back');
    for (let n = 2; n <= QUESTIONS; n += 1) {
      await d.click(QUIZ.choice, n % 4);
      await d.click(QUIZ.next);
      if (n < QUESTIONS) await expectQuestion(d, n + 1, 'Next');
    }
    await d.waitFor(() => document.activeElement?.id === 'quiz-results-heading', null, { message: 'focus on the results heading' });
    await d.wait(200);
    assert.deepEqual(await heard(d), [], 'the results say nothing besides their focused heading');
    await d.click(QUIZ.copy);
    await d.waitFor(() => document.querySelector('.share__status').textContent !== '', null, { message: 'copy says something' });
    await d.wait(800);
    const said = await heard(d);
    assert.equal(said.length, 1, `copy said once: ${JSON.stringify(said)}`);
    assert.match(said[0].text, /^(Copied\.|Sorry, this browser would not let us copy\.)/);
    await forgetQuiz(d);
  }],

  ['said once: "Embed this"\'s Copy says its status once', async (d, { origin }) => {
    await open(d, origin, screen('embed').address);
    await d.click(SNIPPET.copy);
    await d.waitFor(() => document.querySelector('.snippet__status').textContent !== '', null, { message: 'copy says something' });
    await d.wait(800);
    const said = await heard(d);
    assert.equal(said.length, 1, `copy said once: ${JSON.stringify(said)}`);
    assert.equal(said[0].region, 'snippet__status');
    assert.match(said[0].text, /^(Copied|Could not copy)/);
  }],

  ['said once: going offline and coming back, politely, by the status notices', async (d, { origin }) => {
    // These drivers cannot take the page offline (cutting the server fires no event), so
    // the page hears what the browser would tell it: `navigator.onLine` and the
    // `offline`/`online` events. What is tested is what the app then says, in this engine.
    await open(d, origin, screen('flow').address);
    await d.click(FLOW.pause);
    await d.wait(300);
    await heard(d);
    const connection = (online) => {
      Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => online });
      dispatchEvent(new Event(online ? 'online' : 'offline'));
    };
    await d.eval(connection, false);
    await d.waitFor(() => !!document.querySelector('.toast--offline'), null, { message: 'the offline notice' });
    await d.wait(800);
    const offline = await heard(d);
    assert.equal(offline.length, 1, `offline said once: ${JSON.stringify(offline)}`);
    assert.equal(offline[0].region, 'toasts');
    assert.match(offline[0].text, /offline/i);
    await d.eval(connection, true);
    await d.waitFor(() => !!document.querySelector('.toast--online'), null, { message: 'the back online notice' });
    await d.wait(800);
    const back = await heard(d);
    assert.equal(back.length, 1, `back online said once: ${JSON.stringify(back)}`);
    assert.match(back[0].text, /back online/i);
    await d.waitFor(() => getComputedStyle(document.querySelector('.toast--online')).visibility === 'hidden', null, { timeout: 10_000, message: 'the notice goes by itself' });
    assert.deepEqual(await heard(d), [], 'its going is silent');
  }],

  ['said once: a new version ready, politely, by the status notices', async (d) => {
    const build = copyOfBuild('crying-update-');
    const copy = await serveSite({ dir: build.dir });
    try {
      await open(d, copy.origin, screen('reflect').address);
      await d.eval(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
        }
      });
      await heard(d);
      deployNewVersion(build.dir);
      await d.eval(async () => (await navigator.serviceWorker.getRegistration()).update());
      await d.waitFor(() => !!document.querySelector('.toast--update'), null, { timeout: 15_000, message: 'the update notice' });
      await d.wait(1000);
      const said = await heard(d);
      assert.equal(said.length, 1, `update said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'toasts');
      assert.match(said[0].text, /new version/i);
    } finally {
      await copy.stop();
      build.remove();
    }
  }],
];
