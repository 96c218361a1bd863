// The Chromium suites' harness: every test file gets its site and pages here, so that
// after each test the pages it opened are closed, whatever the test did (passed, failed
// an assertion, or timed out), and none keeps working in the background into the next.
// What pages there are comes from tests/shared/pages.mjs; the sizes from viewports.mjs.
import { afterEach, before, after } from 'node:test';
import { closeWithin, openContexts, startSite } from '../shared/chromium.mjs';
import { startHost } from '../shared/host.mjs';

export { startSite, openPage, withPage, waitForApp, waitForInteractive, countCalls, calls } from '../shared/chromium.mjs';

afterEach(async () => {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => closeWithin(c)));
});

/** `start()` once, however many hooks ask for it (a file's `before` hooks run together). */
function once(start) {
  let started;
  return () => (started ??= start());
}

/**
 * The site (with Chromium) for every test of this file: started before the first, stopped
 * after the last. `options` as startSite's (`dir`, `base`, `headers`). The object is
 * filled in when the tests start: use it inside tests and hooks (`await site.started()` in
 * a `before` hook of your own).
 */
export function useSite(options) {
  const site = {};
  const started = once(() => startSite(options));
  Object.defineProperty(site, 'started', { value: started });
  before(async () => { Object.assign(site, await started()); });
  after(async () => { await site.stop?.(); });
  return site;
}

/** A host site on another origin for every test of this file, embedding the app of
 * `site` (from useSite), by the fixtures' {{PLACEHOLDERS}} (see tests/shared/host.mjs). */
export function useHost(site) {
  const host = {};
  before(async () => {
    const app = await site.started();
    Object.assign(host, await startHost(app.url('').replace(/\/$/, '')));
  });
  after(async () => { await host.stop?.(); });
  return host;
}
