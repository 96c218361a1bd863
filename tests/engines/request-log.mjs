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

/** The downloads of the wasm a page asked for: every GET of `_bg.wasm` before the first
 * request for a worker's script. The app registers its worker only once the wasm runs, so
 * every page request for the wasm comes before it, and the worker's precache after. */
export function pageWasmRequests(seen) {
  const worker = seen.findIndex((r) => r.workerScript);
  return (worker < 0 ? seen : seen.slice(0, worker)).filter((r) => r.path.endsWith('_bg.wasm'));
}
