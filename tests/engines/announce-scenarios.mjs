// Each action says what happened, once (issue 19, point 2), in the other engines, through
// the engine-neutral driver: where focus lands and what describes it (`focusReport`), and
// every live region's change (`startListening`/`takeHeard`), both from tests/e2e/listen.mjs.
// The checks of tests/e2e/announce.test.mjs except the flow's burst of changes, the quiz by
// keyboard, forgetting, and going offline (this suite cuts the site off at its server, which
// does not fire the page's `offline` event). Run by `engineSuite` in scenarios.mjs after its
// own scenarios, in the same session per size.
import assert from 'node:assert/strict';
import { screenUrl } from './screens.mjs';
import { STEP_HEADINGS } from '../e2e/headings.mjs';
import { startListening, takeHeard, focusReport } from '../e2e/listen.mjs';

/** Opens `screen`, waits until the app is live on it, and starts listening. */
async function open(d, origin, screen) {
  await d.goto(screenUrl(origin, screen));
  await d.waitFor(() => performance.getEntriesByName('app-interactive').length === 1
    && !!document.querySelector('main#main h1'), null, { timeout: 20_000, message: `${screen} live` });
  await d.eval(startListening);
}
const heard = (d) => d.eval(takeHeard);
const focus = (d) => d.eval(focusReport);

async function expectStep(d, n, how) {
  await d.waitFor((h) => document.activeElement?.textContent === h, STEP_HEADINGS[n - 1], { message: `${how}: focus on step ${n}'s heading` });
  await d.wait(300);
  const f = await focus(d);
  assert.deepEqual(
    { tag: f.tag, id: f.id, description: f.description, live: f.live },
    { tag: 'h1', id: 'tears-heading', description: `Step ${n} of 6`, live: false },
    `${how}: step ${n}'s heading, described by its place`,
  );
  assert.deepEqual(await heard(d), [], `${how} to step ${n}: no live region speaks`);
}

async function expectQuestion(d, n, how) {
  await d.waitFor((t) => document.activeElement?.id === 'quiz-question-heading'
    && document.getElementById('quiz-progress')?.textContent === t, `Question ${n} of 10`, { message: `${how}: focus on question ${n}` });
  const f = await focus(d);
  assert.deepEqual(
    { tag: f.tag, inLegend: f.inLegend, description: f.description, live: f.live },
    { tag: 'h2', inLegend: true, description: `Question ${n} of 10`, live: false },
    `${how}: question ${n}'s heading in its legend, described by its place`,
  );
  await d.wait(200);
  assert.deepEqual(await heard(d), [], `${how} to question ${n}: no live region speaks`);
}

export const ANNOUNCE_SCENARIOS = [
  ['said once: walkthrough Next and Back by button and key focus the new heading', async (d, { origin }) => {
    await open(d, origin, 'tears');
    await d.click('.tears__next');
    await expectStep(d, 2, 'Next');
    await d.click('.tears__next');
    await expectStep(d, 3, 'Next');
    await d.click('.tears__back');
    await expectStep(d, 2, 'Back');
    await d.press('ArrowRight');
    await expectStep(d, 3, 'ArrowRight');
    await d.press('ArrowLeft');
    await expectStep(d, 2, 'ArrowLeft');
    await d.press('ArrowLeft');
    await expectStep(d, 1, 'ArrowLeft');
    // A figure's toggle: aria-pressed, and its caption said once.
    await d.click('.tfig__choice', 1);
    await d.waitFor(() => document.querySelectorAll('.tfig__choice')[1].getAttribute('aria-pressed') === 'true');
    await d.wait(400);
    const said = await heard(d);
    assert.equal(said.length, 1, `the figure's caption said once: ${JSON.stringify(said)}`);
    assert.equal(said[0].text, await d.eval(() => document.querySelector('.tfig__caption').textContent.trim()));
  }],

  ['said once: the flow\'s Pause/Play label, its state after a change, never while it animates', async (d, { origin }) => {
    await open(d, origin, 'flow');
    await d.eval(() => document.querySelector('.flow-visual__stage').scrollIntoView({ block: 'center' }));
    const label = () => d.eval(() => document.querySelector('.flow-visual__pause').textContent);
    assert.equal(await label(), 'Pause');
    assert.equal(await d.eval(() => document.querySelector('.flow-visual__pause').getAttribute('aria-pressed')), null, 'a label, not also aria-pressed');
    await d.click('.flow-visual__pause');
    await d.waitFor(() => document.querySelector('.flow-visual__pause').textContent === 'Play', null, { message: 'called Play' });
    await d.click('.flow-visual__pause');
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
    await d.click('.flow-controls__release');
    await d.wait(3000);
    said = await heard(d);
    assert.equal(said.length, 1, `Open the channel said once: ${JSON.stringify(said)}`);
    assert.match(said[0].text, /The channel opens/);
  }],

  ['said once: quiz focus on each question\'s legend heading and the results; answer and copy', async (d, { origin }) => {
    await open(d, origin, 'reflect');
    await d.waitForSelector('.quiz-intro, .quiz-question, .quiz-results');
    if (await d.eval(() => !document.querySelector('.quiz-intro'))) {
      await d.click('.quiz-forget__ask');
      await d.click('.quiz-forget__yes');
      await d.waitForSelector('.quiz-intro');
      await heard(d);
    }
    await d.click('.quiz-start');
    await expectQuestion(d, 1, 'Start');
    await d.click('.choice', 1);
    assert.deepEqual(await d.eval(() => ({
      checked: document.querySelector('input[name=quiz-q0]:checked')?.value ?? null,
      place: document.getElementById('quiz-progress').textContent,
    })), { checked: '1', place: 'Question 1 of 10' }, 'the answer is a checked radio; nothing moves on');
    await d.click('.quiz-next');
    await expectQuestion(d, 2, 'Next');
    await d.click('.quiz-skip');
    await expectQuestion(d, 3, 'Skip');
    await d.click('.quiz-back');
    await expectQuestion(d, 2, 'Back');
    for (let n = 2; n <= 10; n += 1) {
      await d.click('.choice', n % 4);
      await d.click('.quiz-next');
      if (n < 10) await expectQuestion(d, n + 1, 'Next');
    }
    await d.waitFor(() => document.activeElement?.id === 'quiz-results-heading', null, { message: 'focus on the results heading' });
    await d.wait(200);
    assert.deepEqual(await heard(d), [], 'the results say nothing besides their focused heading');
    await d.click('.share__copy');
    await d.waitFor(() => document.querySelector('.share__status').textContent !== '', null, { message: 'copy says something' });
    await d.wait(800);
    const said = await heard(d);
    assert.equal(said.length, 1, `copy said once: ${JSON.stringify(said)}`);
    assert.match(said[0].text, /^(Copied\.|Sorry, this browser would not let us copy\.)/);
    await d.click('.quiz-forget__ask');
    await d.click('.quiz-forget__yes');
    await d.waitForSelector('.quiz-intro');
  }],

  ['said once: "Embed this"\'s Copy says its status once', async (d, { origin }) => {
    await open(d, origin, 'embed');
    await d.click('.snippet__bar button');
    await d.waitFor(() => document.querySelector('.snippet__status').textContent !== '', null, { message: 'copy says something' });
    await d.wait(800);
    const said = await heard(d);
    assert.equal(said.length, 1, `copy said once: ${JSON.stringify(said)}`);
    assert.equal(said[0].region, 'snippet__status');
    assert.match(said[0].text, /^(Copied|Could not copy)/);
  }],
];
