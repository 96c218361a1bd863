// A reader's first visit, in a fresh profile of every engine: the wasm, the app's largest
// file, comes inside the page (no request of its own), and the service worker's precache
// copies the bytes the page left in a cache, so its file is never downloaded; each file of words the page preloads for the next pages and
// the app then asks for is downloaded once. A second page opened by its address once the
// worker controls the site is the page's lean copy, with the wasm from the worker, and no
// error. It needs a browser of its own: the suite's sessions have visited the site before.
import assert from 'node:assert/strict';
import { screen } from '../../shared/pages.mjs';
import { PHONE } from '../../shared/viewports.mjs';
import { launch } from '../driver.mjs';
import { open, waitForWorker } from '../page-helpers.mjs';
import { recordRequests, pageWasmRequests, wordsAskedTwice } from '../request-log.mjs';

/** The page's resource timing entries for the wasm: how it was fetched, and whether over
 * the network. One entry means one load, whatever asked for it. */
const wasmEntries = (d) => d.eval(() => performance.getEntriesByType('resource')
  .filter((e) => e.name.endsWith('_bg.wasm'))
  .map((e) => `${e.initiatorType} ${e.transferSize > 0 ? 'network' : 'cache or worker'}`));

/** The wasm's and the worker script's requests, in order, for a failure's message. */
const wasmAndWorker = (seen) => seen.filter((r) => r.workerScript || r.path.endsWith('_bg.wasm')).map((r) => r.path);

// Firefox reports a failed load through a worker a moment after it happens, as a page
// error; give it that moment before the errors are read.
const REPORTED = 500;

export async function firstVisit(engine, { site, origin }) {
  const requests = recordRequests(site.server);
  const { width, height } = PHONE.viewport;
  const d = await launch(engine, { width, height, label: 'first-visit' });
  try {
    const first = screen('tears').address;
    await open(d, origin, first);
    assert.deepEqual(await wasmEntries(d), [], `no wasm load in /${first}'s resource timing: the wasm is inside the page`);
    assert.equal(await waitForWorker(d), 'controlled', 'a service worker controls the page');
    assert.equal(pageWasmRequests(requests.seen).length, 0,
      `the server saw no GET of the wasm before the worker's script: ${JSON.stringify(wasmAndWorker(requests.seen))}`);
    assert.equal(requests.seen.filter((r) => r.path.endsWith('_bg.wasm')).length, 0,
      `the server saw no GET of the wasm at all (the worker copies the page's): ${JSON.stringify(wasmAndWorker(requests.seen))}`);
    assert.deepEqual(wordsAskedTwice(requests.seen), [], 'each words file downloaded once: the preloads match the app\'s requests');
    await d.wait(REPORTED);
    assert.deepEqual(await d.takeErrors(), [], `no error on /${first}`);

    requests.clear();
    const second = screen('flow').address;
    await open(d, origin, second);
    await d.wait(REPORTED);
    assert.deepEqual(await d.takeErrors(), [], `no error on /${second}, opened by its address under the worker`);
    assert.deepEqual(await wasmEntries(d), ['link cache or worker'], `/${second} loads the wasm once, from the worker`);
    assert.deepEqual(requests.seen.filter((r) => r.path.endsWith('_bg.wasm')), [], 'the server saw no GET of the wasm for the second page');
    const pages = requests.seen.map((r) => r.path).filter((p) => p.endsWith('/') || p.endsWith('.html'));
    assert.deepEqual(pages, [`/${second}lean.html`], `/${second} comes as its lean copy, not the copy with the wasm inside`);
  } finally {
    requests.stop();
    await d.close();
  }
}
