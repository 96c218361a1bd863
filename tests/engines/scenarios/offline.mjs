// Offline, in every engine: after one visit, a reload and every section with the site
// cut off the network (the server refuses every connection: the same cut for every engine).
import assert from 'node:assert/strict';
import { SECTIONS, screen } from '../../shared/pages.mjs';
import { FLOW, QUIZ } from '../../shared/selectors.mjs';
import { FLOW_CAPTION } from '../../shared/wording.mjs';
import { open, expectScreen, followLink, answerQuiz, freshQuiz, forgetQuiz, waitForWorker } from '../page-helpers.mjs';

export const OFFLINE_SCENARIOS = [
  ['after one visit, reloads and works with the site cut off the network', async (d, { origin, site }) => {
    await open(d, origin, screen('home').address);
    assert.equal(await waitForWorker(d), 'controlled', 'a service worker controls the page on http://127.0.0.1');
    await site.setOffline(true);
    try {
      await d.reload();
      await expectScreen(d, screen('home').address);
      for (const address of SECTIONS.map((s) => screen(s).address)) {
        await followLink(d, address);
        await expectScreen(d, address);
      }
      await freshQuiz(d);
      await d.click(QUIZ.start);
      await answerQuiz(d);
      // A fresh navigation (not a reload) to another screen also comes from the cache.
      await open(d, origin, screen('flow').address);
      // The picture answers the reader offline (nothing is blocked: no pressure to ease).
      await d.click(FLOW.release);
      await d.waitFor(([s, t]) => document.querySelector(s).textContent === t, [FLOW.caption, FLOW_CAPTION.nothingToEase]);
      await d.screenshot('offline-flow');
      await open(d, origin, screen('reflect').address);
      await d.waitForSelector(QUIZ.results);
      await forgetQuiz(d);
    } finally {
      await site.setOffline(false);
    }
  }],
];
