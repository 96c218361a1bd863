// What a page's first load weighs: every built file's size raw, gzip -9 and brotli -q 11,
// and for each page the files a browser fetches to show it. Used by size-report.mjs and
// words-growth.mjs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

// What a browser fetches to show a page: the page and every stylesheet, script, preload
// (the JS glue and the wasm) and icon its <link> and <script> tags name, relative to the
// page's folder. The manifest and home-screen icons are fetched only when the app is
// installed, links in the text only when followed, and the service worker's precache
// runs after the load, in the background: listed above, not counted. 404.html names no
// other file. A preload of a words file (`words-*.json`; the page's own words are in the
// page) is the words of the pages a reader may move to next: fetched while the page
// loads, after what it needs, so that a move right after the app starts finds them in,
// but not needed to show this page; the app fetches the same files once it starts anyway.
// Listed apart for each page (`ahead`), not counted in its first load.
const refOf = (tag) => tag.match(/(?:href|src)="?([^\s">]+)/)?.[1];

function firstLoadOf(dist, byName, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const tags = [...html.matchAll(/<(?:link|script)\b[^>]*>/g)].map((m) => m[0])
    .filter((t) => !/rel="?(?:manifest|apple-touch-icon|canonical)"?/.test(t));
  const resolve = (list) => list.map(refOf).filter(Boolean)
    .map((ref) => posix.normalize(posix.join(posix.dirname(page), ref)));
  const nextWords = (t) => /\brel="?preload"?/.test(t) && /\/?words-[\w-]+\.json\b/.test(refOf(t) ?? '');
  const files = (list) => [...new Set(resolve(list))].map((name) => byName.get(name)).filter(Boolean);
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const load = [byName.get(page), ...files(tags.filter((t) => !nextWords(t)))].filter(Boolean);
  const ahead = files(tags.filter(nextWords));
  return { page, files: load, total: sum(load), ahead: sum(ahead) };
}
/** Every file of the built site in `dist`, and every page's first load. */
export function measure(dist) {
  const files = walk(dist).sort().map((path) => ({ name: relative(dist, path), ...sizes(readFileSync(path)) }));
  const byName = new Map(files.map((f) => [f.name, f]));
  // A page's lean copy (`lean.html`, without the wasm inside) is what the service worker
  // keeps and serves once it has the wasm's file: never a first load.
  const pages = files.map((f) => f.name).filter((n) => n.endsWith('.html') && !/(^|\/)lean\.html$/.test(n))
    .map((page) => firstLoadOf(dist, byName, page));
  return { files, pages };
}
