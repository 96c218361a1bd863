// The service worker: keeps every built file so the app opens and works offline.
// VERSION and PRECACHE are written at build time by the prerender (src/bin/prerender/listing.rs).
const VERSION = 'dev';
const PRECACHE = [];
// A page's copy without the wasm inside it, in the page's folder. The copy at the page's
// address carries the wasm for a first visit; the worker keeps the wasm's file, so it
// keeps and serves this copy for the page instead, at about a twentieth of the bytes.
const LEAN_PAGE = 'lean.html';
const PREFIX = 'crying-explainer-';
const CACHE = PREFIX + VERSION;
const NAVIGATION_TIMEOUT_MS = 4000;

// The wasm's bytes, left by the page that carried them (src/bin/prerender/scripts.rs,
// `SEED_CACHE`, which the prerender checks against this line): copied, not downloaded a
// second time. Deleted once the precache is done; its name starts with PREFIX, so an
// activation clears it too.
const SEED = 'crying-explainer-seed';

// A page in the list is its folder (`tears/3/`, or `./` for home); a file, its name.
const isPage = (key) => key.endsWith('/');
const leanCopy = (key) => new URL(key + LEAN_PAGE, self.location.href);

// A page's lean copy, stored at the page's own address.
function keepPage(cache, key) {
  return fetch(leanCopy(key)).then((res) => {
    if (!res.ok) throw new TypeError(`${key}${LEAN_PAGE}: ${res.status}`);
    return cache.put(new URL(key, self.location.href), res);
  });
}

// A built file: from the seed if the page left it there, else from the network.
function keepFile(cache, key) {
  const url = new URL(key, self.location.href);
  return caches.match(url, { cacheName: SEED }).then((hit) => (hit ? cache.put(url, hit) : cache.add(url)));
}

self.addEventListener('install', (event) => {
  // Wait: a new version takes over only when the reader chooses to refresh.
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(
    PRECACHE.map((key) => (isPage(key) ? keepPage(cache, key) : keepFile(cache, key))),
  )).then(() => caches.delete(SEED)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// An address as the precache list names it: relative to the worker's folder, a page by
// its folder (`tears/3/`, or `./` for home), a file by its name. `null` outside the folder.
function pageKey(url) {
  const scope = new URL('./', self.location.href).pathname;
  if (!url.pathname.startsWith(scope) && url.pathname !== scope.slice(0, -1)) return null;
  const path = url.pathname.slice(scope.length).replace(/(^|\/)index\.html$/, '$1');
  const folder = path === '' || path.endsWith('/') || /\.\w+$/.test(path) ? path : `${path}/`;
  return folder || './';
}

// The cached 404.html. A host serves it at any depth, so its link home can only be
// relative to where it is (one folder up); the worker knows the site's folder, its scope.
function notFound() {
  return caches.match(new URL('404.html', self.location.href), { cacheName: CACHE })
    .then((hit) => hit && hit.text())
    .then((html) => html && new Response(html.replace('href="../"', `href="${self.registration.scope}"`), {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // A doubled slash: to the address with single ones, as the server does, offline too
    // (at the doubled address the page's relative links would miss by a folder).
    const single = url.pathname.replace(/\/{2,}/g, '/');
    if (single !== url.pathname) {
      event.respondWith(Response.redirect(new URL(single + url.search, url.origin).href, 301));
      return;
    }
    // Fresh when online (so updates are found); the cached page when offline, or when a
    // weak signal has not answered in a few seconds. An address with no page of its own
    // gets the "not here" page, its way home pointed at this folder.
    const key = pageKey(url);
    const cached = () => (key && PRECACHE.includes(key)
      ? caches.match(new URL(key, self.location.href), { cacheName: CACHE })
      : notFound());
    // A page asked for by its folder gets its lean copy (the worker has the wasm), or, if
    // the host has none, the page itself.
    const lean = key && isPage(key) && PRECACHE.includes(key) && /\/(index\.html)?$/.test(url.pathname);
    const page = () => (lean ? fetch(leanCopy(key)).then((res) => (res.ok ? res : fetch(request))) : fetch(request));
    const fresh = () => page().then((res) => (res.status === 404 ? notFound().then((hit) => hit || res) : res));
    const slow = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS)).then(cached);
    event.respondWith(
      Promise.race([fresh(), slow.then((hit) => hit || fresh())])
        .catch(() => cached().then((hit) => hit || Response.error())),
    );
    return;
  }
  // The site's own built files, from the cache (any query). Anything else goes to the
  // network untouched, and so do images: the app's only images are its icons, which the
  // browser loads for itself. Firefox cancels those loads as a page changes, and reports
  // an intercepted load that is cancelled as "a ServiceWorker ... encountered an
  // unexpected error" (Mozilla bug 1429714); the HTTP cache keeps them offline instead.
  if (!PRECACHE.includes(pageKey(url)) || request.destination === 'image') return;
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)),
  );
});
