// The self-reflection keeps answers on this device only, and lets go of them: resume
// after a reload mid-quiz, "Forget my answers", storage that throws (the quiz works in
// memory), and corrupt, foreign or oversized stored data, at both widths; and two tabs
// of the reflection, each following what the other saves or forgets (in the background, in
// a frame of a host page on the site); and "Start" after a forget a button of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { gotoQuiz, focusedId, stored, expectQuestion, finishQuiz } from './quiz.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { tapOrClick as press } from '../shared/chromium.mjs';
import { QUIZ_KEY as KEY, QUESTIONS as COUNT, questionProgress } from '../shared/wording.mjs';
import { QUIZ } from '../shared/selectors.mjs';

const site = useSite();
const open = (vp, options) => openPage(site.browser, vp, options);

/** Answers "Forget my answers" with "Yes" in `page`. */
async function forget(vp, page) {
  await press(vp, page.locator(QUIZ.forgetAsk));
  await press(vp, page.locator(QUIZ.forgetYes));
}

/** Waits for `page`'s introduction, saying that the answers were forgotten. */
async function expectForgotten(page) {
  await page.waitForSelector(QUIZ.intro);
  assert.ok((await page.locator(QUIZ.note).textContent()).includes('forgotten'));
}

/** Two tabs of one browser, which share the site's storage; errors in either count. */
async function openTwoTabs(vp) {
  const { context, page: first, errors } = await open(vp);
  const second = await context.newPage();
  second.on('pageerror', (e) => errors.push(`second tab: ${e.message}`));
  return { context, first, second, errors };
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: after a reload mid-quiz it resumes at the same question with the answers kept`, async () => {
    const { context, page, errors } = await open(vp);
    await gotoQuiz(page, site);
    await press(vp, page.locator(QUIZ.start));
    await expectQuestion(page, 1);
    await press(vp, page.locator(QUIZ.choice).nth(0));
    await press(vp, page.locator(QUIZ.next));
    await expectQuestion(page, 2);
    await press(vp, page.locator(QUIZ.choice).nth(4));
    await press(vp, page.locator(QUIZ.next));
    await expectQuestion(page, 3);
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction((t) => document.querySelector('.quiz__progress')?.textContent === t, questionProgress(3));
    assert.ok((await page.locator(QUIZ.note).textContent()).includes('Welcome back'));
    await press(vp, page.locator(QUIZ.back));
    await expectQuestion(page, 2);
    assert.equal(await page.locator('input[name=quiz-q1]:checked').getAttribute('value'), '4');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: "Forget my answers" asks first, then clears storage and says so`, async () => {
    const { context, page, errors } = await open(vp);
    await gotoQuiz(page, site);
    await press(vp, page.locator(QUIZ.start));
    await press(vp, page.locator(QUIZ.choice).nth(1));
    await press(vp, page.locator(QUIZ.next));
    await expectQuestion(page, 2);
    assert.ok(await stored(page));
    await press(vp, page.locator(QUIZ.forgetAsk));
    assert.equal(await focusedId(page), 'quiz-forget-no', 'focus on the safe choice');
    // The safe choice is the prominent one: filled, where the one that cannot be undone is
    // quiet (transparent), so a hurried tap lands on keeping them.
    const fill = (selector) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(await fill(QUIZ.forgetNo), 'rgba(0, 0, 0, 0)', '"No, keep them" is filled');
    assert.equal(await fill(QUIZ.forgetYes), 'rgba(0, 0, 0, 0)', '"Yes, forget them" is quiet');
    await press(vp, page.locator(QUIZ.forgetNo));
    assert.equal(await focusedId(page), 'quiz-forget-ask');
    assert.ok(await stored(page), 'No keeps them');
    // Escape answers the question as "No", as it closes any question asked.
    await press(vp, page.locator(QUIZ.forgetAsk));
    await page.keyboard.press('Escape');
    await page.locator(QUIZ.forgetNo).waitFor({ state: 'detached' });
    assert.equal(await focusedId(page), 'quiz-forget-ask', 'Escape: back on "Forget my answers"');
    assert.ok(await stored(page), 'Escape keeps them');
    await forget(vp, page);
    await expectForgotten(page);
    assert.equal(await focusedId(page), 'quiz-intro-heading');
    assert.equal(await stored(page), null);
    await page.reload();
    await waitForApp(page);
    await page.waitForTimeout(200);
    assert.equal(await page.locator(QUIZ.intro).count(), 1, 'nothing comes back after a reload');
    assert.equal(await stored(page), null);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: when storage throws the quiz works in memory and says answers will not be kept`, async () => {
    const { context, page, errors } = await open(vp);
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      }
    });
    await gotoQuiz(page, site);
    await page.waitForSelector('.quiz__not-kept');
    assert.ok((await page.locator('.quiz__not-kept').textContent()).includes('will not be kept'));
    await press(vp, page.locator(QUIZ.start));
    await expectQuestion(page, 1);
    await press(vp, page.locator(QUIZ.choice).nth(2));
    await press(vp, page.locator(QUIZ.next));
    for (let n = 2; n <= COUNT; n += 1) await press(vp, page.locator(QUIZ.skip));
    await page.waitForSelector(QUIZ.results);
    assert.ok(await page.locator('.reflection').count() >= 2);
    await screenshot(page, `reflect-no-storage-${vp.name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: corrupt, foreign or oversized stored data is discarded safely`, async () => {
    const { context, page, errors } = await open(vp);
    for (const bad of ['garbage', '2|q3|----------', '1|q99|----------', '1|q3|9---------', '{"q":3}', '1|i|'.padEnd(100000, '0')]) {
      await page.goto(site.url(''));
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, bad]);
      await gotoQuiz(page, site);
      await page.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
      assert.equal(await page.locator(QUIZ.intro).count(), 1, bad.slice(0, 20));
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('two tabs: each takes in the answers the other gives or forgets, so neither saves over them', async () => {
  const vp = VIEWPORTS[0];
  const { context, first, second, errors } = await openTwoTabs(vp);
  for (const tab of [first, second]) {
    await gotoQuiz(tab, site);
    await waitForInteractive(tab);
  }
  // The first tab answers question 1 while the second still shows the introduction.
  await press(vp, first.locator(QUIZ.start));
  await expectQuestion(first, 1);
  await press(vp, first.locator(QUIZ.choice).nth(1));
  await first.waitForFunction((k) => localStorage.getItem(k) === '1|q0|1---------', KEY);
  await second.waitForFunction(() => document.querySelector('.quiz-start')?.textContent.includes('Carry on'));
  // Taking it in, the second does not write it back over the first's place.
  assert.equal(await stored(first), '1|q0|1---------');
  // Started now, the second carries on from question 2 with that answer kept: it does not
  // start afresh and save an empty copy over it.
  await press(vp, second.locator(QUIZ.start));
  await expectQuestion(second, 2);
  assert.equal(await stored(second), '1|q1|1---------');
  await press(vp, second.locator(QUIZ.back));
  await expectQuestion(second, 1);
  assert.equal(await second.locator('input[name=quiz-q0]:checked').getAttribute('value'), '1');
  // An answer changed in the second shows in the first, on the question it is on.
  await press(vp, second.locator(QUIZ.choice).nth(3));
  await first.waitForFunction(() => document.querySelector('input[name=quiz-q0]:checked')?.value === '3');
  // A value this version did not write (a script on the same site, say) changes nothing,
  // and the first puts back what was there, so a tab opened next does not drop it (a
  // removal, which would read as a forget).
  await second.evaluate((k) => localStorage.setItem(k, '1|q2|9---------'), KEY);
  await first.waitForFunction((k) => localStorage.getItem(k) === '1|q0|3---------', KEY);
  assert.equal(await first.locator('input[name=quiz-q0]:checked').getAttribute('value'), '3');
  assert.equal(await second.locator(QUIZ.progress).textContent(), questionProgress(1));
  // Forgotten in the second: forgotten in the first too, and said there, with its focus
  // left alone (the reader is not acting in it).
  await forget(vp, second);
  await expectForgotten(first);
  assert.notEqual(await focusedId(first), 'quiz-intro-heading');
  assert.equal(await stored(first), null);
  assert.equal(await first.locator(QUIZ.forgetAsk).count(), 0, 'nothing left to forget');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after "Yes, forget them" on the results, "Start" is a button of its own, not one fading between colours', async () => {
  const vp = VIEWPORTS[0];
  const { context, page, errors } = await open(vp);
  await gotoQuiz(page, site);
  await finishQuiz(page);
  await press(vp, page.locator(QUIZ.forgetAsk));
  const start = await page.evaluate(async () => {
    for (const button of document.querySelectorAll('button')) button.dataset.before = button.className;
    document.querySelector('.quiz-forget__yes').click();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const button = document.querySelector('.quiz-start');
    return { before: button.dataset.before ?? null, moving: button.getAnimations().map((a) => a.transitionProperty) };
  });
  assert.deepEqual(start, { before: null, moving: [] }, 'Yew reused a results button for Start');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tab in the background, its answers forgotten elsewhere, is back at its top on the reader\'s return', async () => {
  const vp = VIEWPORTS[0];
  const { context, first, second, errors } = await openTwoTabs(vp);
  await gotoQuiz(first, site);
  await finishQuiz(first);
  await press(vp, first.locator(QUIZ.forgetAsk));
  assert.ok(await first.evaluate(() => scrollY) > 2000, 'the first is low on its results');
  // The reader goes to another tab: the first is hidden.
  await first.evaluate(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }));
  await gotoQuiz(second, site);
  await waitForInteractive(second);
  await forget(vp, second);
  await expectForgotten(first);
  await first.waitForFunction(() => scrollY === 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host page on the site clearing its own session storage does not read as a forget', async () => {
  const vp = VIEWPORTS[0];
  const { context, page, errors } = await open(vp);
  await page.goto(site.url(''));
  await waitForInteractive(page);
  // The reflection in a frame of a page of the same site, as a self-hosting publisher has it.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('iframe'), { src: 'reflect/', style: 'width:100%;height:700px' })));
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await waitForInteractive(frame);
  await frame.locator(QUIZ.start).click();
  await frame.locator(QUIZ.choice).nth(2).click();
  await frame.waitForFunction((k) => localStorage.getItem(k) === '1|q0|2---------', KEY);
  await page.evaluate(() => { sessionStorage.setItem('host-cart', 'x'); sessionStorage.clear(); });
  await page.waitForTimeout(300);
  assert.equal(await frame.locator(QUIZ.question).count(), 1, 'still on its question');
  assert.equal(await frame.locator(QUIZ.note).count(), 0, 'no "forgotten"');
  assert.equal(await stored(frame), '1|q0|2---------');
  assert.deepEqual(errors, []);
  await context.close();
});
