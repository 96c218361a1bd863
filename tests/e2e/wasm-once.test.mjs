// The wasm, the app's largest file, is downloaded once on a first visit: inside the page
// (no request of its own), and the service worker's precache copies the bytes the page
// left in a cache rather than downloading its file. Each file of
// words the page preloads is downloaded once too: the preload and the app's request
// match, so Chromium reuses the preload (a mismatch in mode or credentials is a second
// request and a "preload not used" warning). A second page opened by its address is its
// lean copy, with the wasm from the worker. The same is proved in Firefox and WebKit by
// tests/engines/scenarios/first-visit.mjs, with the same count at the server
// (tests/engines/request-log.mjs).
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

/** How each words file the page preloads (the next pages' words) was fetched, by its
 * resource timing entries: `['link']` alone is one load, by the preload. */
const preloadedEntries = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('link[rel=preload][href*="words-"]')].map((l) => [l.href,
    performance.getEntriesByName(l.href, 'resource').map((e) => e.initiatorType)])));

test('a first visit downloads the wasm (inside the page, which the worker copies) and each preloaded file of words once; a second page is lean, the wasm from the worker', async () => {
  const requests = recordRequests(site.server);
  try {
    const { page, errors } = await openPage(site.browser, PHONE);
    await page.goto(site.url(screen('tears').address));
    await waitForInteractive(page);
    assert.deepEqual(await wasmEntries(page), [], 'no wasm load: the wasm is inside the page');
    await waitForWorker(page);
    assert.equal(pageWasmRequests(requests.seen).length, 0, 'no GET of the wasm before the worker script');
    assert.equal(requests.seen.filter((r) => r.path.endsWith('_bg.wasm')).length, 0, 'no GET of the wasm at all: the worker copied the page\'s');
    // The next pages' words: preloaded, then asked for by the app the same way, once each.
    const words = await preloadedEntries(page);
    assert.ok(Object.keys(words).length === 2 && Object.keys(words).every((href) => /\/words-[\w-]+\.json$/.test(href)), Object.keys(words).join(' '));
    for (const [href, entries] of Object.entries(words)) assert.deepEqual(entries, ['link'], `${href}: one load, by its preload`);
    assert.deepEqual(wordsAskedTwice(requests.seen), [], 'no words file downloaded twice');

    requests.clear();
    await page.goto(site.url(screen('flow').address));
    await waitForInteractive(page);
    assert.equal(await wasmEntries(page).then((e) => e.length), 1, 'one wasm load on the second page');
    assert.deepEqual(requests.seen.filter((r) => r.path.endsWith('_bg.wasm')), [], 'no GET of the wasm for the second page');
    const pages = requests.seen.map((r) => r.path).filter((p) => p.endsWith('/') || p.endsWith('.html'));
    assert.deepEqual(pages, [`/${screen('flow').address}lean.html`], 'the second page comes as its lean copy');
    assert.deepEqual(errors, []);
  } finally {
    requests.stop();
  }
});
