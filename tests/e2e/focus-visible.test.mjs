// A sighted keyboard reader sees where they are: on every page the build writes, at the
// phone and desktop sizes, light and dark, Tab from the top reaches each control in turn,
// and each shows a ring (WCAG 2.4.7) of 3:1 against what is behind it (1.4.11), not hidden
// behind other content (2.4.11). The same on the reflection's question and results
// screens. What "shows" means is tests/shared/focus-seen.mjs, which the other engines run
// too (tests/engines/scenarios/focus.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, withPage, waitForApp, waitForInteractive } from './harness.mjs';
import { finishQuiz, gotoQuiz } from './quiz.mjs';
import { focusWalk } from './checks.mjs';
import { EVERY_PAGE } from '../shared/pages.mjs';
import { QUIZ } from '../shared/selectors.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';

const site = useSite();

for (const vp of VIEWPORTS) {
  for (const colorScheme of ['light', 'dark']) {
    test(`${vp.name}, ${colorScheme}: every control on every page shows its focus`, async () => {
      await withPage(site.browser, vp, { colorScheme }, async ({ page, errors }) => {
        for (const path of EVERY_PAGE) {
          await page.goto(site.url(path));
          await waitForApp(page);
          await waitForInteractive(page);
          const { wrong, names } = await focusWalk(page);
          assert.match(names[0] ?? '', /^a\.skip-link /, `/${path}: Tab starts at the skip link`);
          assert.ok(names.length >= 5, `/${path}: Tab met ${names.length} controls`);
          assert.deepEqual(wrong, [], `/${path}`);
        }
        assert.deepEqual(errors, []);
      });
    });
  }

  test(`${vp.name}: the reflection's question and results show their focus`, async () => {
    await withPage(site.browser, vp, {}, async ({ page, errors }) => {
      await gotoQuiz(page, site);
      await page.locator(QUIZ.start).click();
      // An answer chosen, so the radio Tab reaches is the checked one.
      await page.locator(QUIZ.choice).first().click();
      const question = await focusWalk(page);
      assert.ok(question.names.some((n) => n.startsWith('input')), `question: Tab reached an answer (${question.names})`);
      assert.deepEqual(question.wrong, [], 'question');
      await gotoQuiz(page, site);
      await finishQuiz(page, { started: true });
      const results = await focusWalk(page);
      assert.ok(results.names.length >= 8, `results: Tab met ${results.names.length} controls`);
      assert.deepEqual(results.wrong, [], 'results');
      assert.deepEqual(errors, []);
    });
  });
}
