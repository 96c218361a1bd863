// The wasm, the app's largest file, is downloaded once on a first visit: the page's
// preload and the boot module's request match, so Chromium reuses the preload (a mismatch
// in mode or credentials is a second request and a "preload not used" warning). So is
// each file of words the page preloads for the pages a reader may move to next. The
// same is proved in Firefox and WebKit by tests/engines/scenarios/first-visit.mjs, with
// the same count at the server (tests/engines/request-log.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForInteractive } from './harness.mjs';
import { waitForWorker } from './worker.mjs';
import { recordRequests, pageWasmRequests, wordsAskedTwice } from '../engines/request-log.mjs';
import { screen } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';

const site = useSite();

const wasmEntries = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith('_bg.wasm')).map((e) => e.initiatorType));

/** Each words file in the page's resource timing, with how it was first fetched. */
const wordsEntries = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .filter((e) => /\/words-[\w-]+\.json$/.test(e.name))
  .map((e) => [e.name.split('/').pop().replace(/-\w+\.json$/, ''), e.initiatorType]));

test('the words of the pages a reader may move to next are preloaded, and each file comes once', async () => {
  const requests = recordRequests(site.server);
  try {
    const { page, errors } = await openPage(site.browser, PHONE);
    await page.goto(site.url(screen('home').address));
    await waitForInteractive(page);
    const preloaded = await page.$$eval('link[rel=preload][fetchpriority=low]', (links) => links.map((l) => l.href));
    assert.ok(preloaded.length >= 4 && preloaded.every((href) => /\/words-[\w-]+\.json$/.test(href)), preloaded.join(' '));
    await waitForWorker(page);
    const entries = Object.fromEntries(await wordsEntries(page));
    for (const bundle of ['words-tears', 'words-step-1', 'words-flow', 'words-reflect']) {
      assert.equal(entries[bundle], 'link', `${bundle}: fetched by its preload (${JSON.stringify(entries)})`);
    }
    assert.deepEqual(wordsAskedTwice(requests.seen), [], 'no words file downloaded twice');
    assert.deepEqual(errors, []);
  } finally {
    requests.stop();
  }
});

test('a first visit downloads the wasm once; a second page gets it from the worker', async () => {
  const requests = recordRequests(site.server);
  try {
    const { page, errors } = await openPage(site.browser, PHONE);
    await page.goto(site.url(screen('tears').address));
    await waitForInteractive(page);
    assert.deepEqual(await wasmEntries(page), ['link'], 'one wasm load, the preload');
    await waitForWorker(page);
    assert.equal(pageWasmRequests(requests.seen).length, 1, 'one GET of the wasm before the worker script');

    requests.clear();
    await page.goto(site.url(screen('flow').address));
    await waitForInteractive(page);
    assert.equal(await wasmEntries(page).then((e) => e.length), 1, 'one wasm load on the second page');
    assert.deepEqual(requests.seen.filter((r) => r.path.endsWith('_bg.wasm')), [], 'no GET of the wasm for the second page');
    assert.deepEqual(errors, []);
  } finally {
    requests.stop();
  }
});
