// A sighted keyboard reader sees where they are, in every engine: Tab from the top of a
// page reaches each control, and each shows its ring, of 3:1 against what is behind it,
// not hidden behind other content (tests/shared/focus-seen.mjs, which the Chromium suite
// runs on every page: tests/e2e/focus-visible.test.mjs). Here one page a kind, and a
// question's answer cards, whose ring is drawn by `:has()`.
import assert from 'node:assert/strict';
import { screen, comparison } from '../../shared/pages.mjs';
import { QUIZ } from '../../shared/selectors.mjs';
import { tabThrough } from '../../shared/focus-seen.mjs';
import { open, freshQuiz, expectQuestion } from '../page-helpers.mjs';

/** Tab through the page (tests/shared/focus-seen.mjs). */
const walk = (d) => tabThrough(() => d.tab(), (fn, arg) => d.eval(fn, arg));

export const FOCUS_SCENARIOS = [
  ['by keyboard, every control shows its focus: one page a kind, and an answer card', async (d, { origin, engine, size }) => {
    const pages = [screen('home'), screen(1), comparison(), screen('flow'), screen('reflect'), screen('embed')];
    for (const { address } of pages) {
      await open(d, origin, address);
      const { names, wrong } = await walk(d);
      assert.match(names[0] ?? '', /^a\.skip-link /, `${engine} ${size.label} /${address}: Tab starts at the skip link`);
      assert.ok(names.length >= 8, `${engine} ${size.label} /${address}: Tab met ${names.length} controls`);
      assert.deepEqual(wrong, [], `${engine} ${size.label} /${address}`);
    }
    // The reflection's answer cards: the radio's ring is its card's.
    await open(d, origin, screen('reflect').address);
    await freshQuiz(d);
    await d.click(QUIZ.start);
    await expectQuestion(d, 1);
    await d.click(QUIZ.choice, 0);
    const { names, wrong } = await walk(d);
    assert.ok(names.some((n) => n.startsWith('input')), `${engine} ${size.label}: Tab reached an answer (${names.join(', ')})`);
    assert.deepEqual(wrong, [], `${engine} ${size.label}: a question`);
    await open(d, origin, screen('reflect').address);
    await freshQuiz(d);
  }],
];
