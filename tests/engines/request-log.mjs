// What the site's server was asked for, in order: each request's path and whether it was a
// service worker's script (the `Service-Worker: script` header every engine sends when it
// registers or updates a worker). Lets an engine scenario count downloads at the server,
// where nothing a page or a worker does can hide one.
export function recordRequests(server) {
  const seen = [];
  const listener = (req) => seen.push({
    path: new URL(req.url, 'http://site').pathname,
    workerScript: req.headers['service-worker'] === 'script',
  });
  server.prependListener('request', listener);
  return {
    seen,
    clear: () => seen.splice(0),
    stop: () => server.off('request', listener),
  };
}

/** Every request a page made before the first request for a worker's script. The app
 * registers its worker only once the wasm runs, so the page's own loads of the wasm and of
 * the first words come before it, and the worker's precache after. */
function beforeWorker(seen) {
  const worker = seen.findIndex((r) => r.workerScript);
  return worker < 0 ? seen : seen.slice(0, worker);
}

/** The downloads of the wasm a page asked for (before the worker's script). */
export function pageWasmRequests(seen) {
  return beforeWorker(seen).filter((r) => r.path.endsWith('_bg.wasm'));
}

/** The words files a page asked for more than once before the worker's script: a
 * preload that the app's own request did not match downloads twice. */
export function wordsAskedTwice(seen) {
  const words = beforeWorker(seen).map((r) => r.path).filter((p) => /\/words-[\w-]+\.json$/.test(p));
  return [...new Set(words.filter((p, i) => words.indexOf(p) !== i))];
}
