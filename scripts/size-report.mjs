// Prints every built file's size raw, gzip -9 and brotli -q 11, and the first load of
// every page (the page plus every local file it references). Fails if the first load of
// any page is over budget. Usage: node scripts/size-report.mjs [dist] [--budget-kb=120]
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budgetKb = Number(args.find((a) => a.startsWith('--budget-kb='))?.split('=')[1] ?? 120);
const KB = 1000; // decimal kilobytes: the stricter reading of the budget

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

const files = walk(dist).sort().map((path) => ({ name: relative(dist, path), ...sizes(readFileSync(path)) }));
const byName = new Map(files.map((f) => [f.name, f]));
// What a browser fetches to show a page: the page and every stylesheet, script, preload
// (the JS glue and the wasm) and icon its <link> and <script> tags name, relative to the
// page's folder. The manifest and home-screen icons are fetched only when the app is
// installed, links in the text only when followed, and the service worker's precache
// runs after the load, in the background: listed above, not counted. 404.html names no
// other file.
function firstLoadOf(page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:link|script)\b[^>]*>/g)].map((m) => m[0])
    .filter((t) => !/rel="?(?:manifest|apple-touch-icon|canonical)"?/.test(t))
    .map((t) => t.match(/(?:href|src)="?([^\s">]+)/)?.[1])
    .filter(Boolean)
    .map((ref) => posix.normalize(posix.join(posix.dirname(page), ref)));
  const load = [page, ...new Set(refs)].map((name) => byName.get(name)).filter(Boolean);
  const total = load.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { page, files: load, total };
}
const pages = files.map((f) => f.name).filter((n) => n.endsWith('.html')).map(firstLoadOf);
const heaviest = pages.reduce((a, b) => (b.total.brotli > a.total.brotli ? b : a));
const home = pages.find((p) => p.page === 'index.html');

const pad = (s, n) => String(s).padStart(n);
const row = (name, f, mark = '') => `${name.padEnd(44)}${pad(f.raw.toLocaleString('en-GB'), 10)}${pad(f.gzip.toLocaleString('en-GB'), 10)}${pad(f.brotli.toLocaleString('en-GB'), 10)} ${mark}`;
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const f of files) console.log(row(f.name, f, home.files.includes(f) ? '*' : ''));
console.log('-'.repeat(75));
console.log(row('first load of home (* above)', home.total));
console.log(`\nfirst load of each page, brotli:`);
for (const p of pages) console.log(`  ${p.page.padEnd(42)}${pad(p.total.brotli.toLocaleString('en-GB'), 10)}`);
const total = heaviest.total;
const firstLoad = heaviest.files;
const kb = (total.brotli / KB).toFixed(1);
console.log(`\nfirst load: ${kb} KB brotli at most (${heaviest.page}) of a ${budgetKb} KB budget (${(100 * total.brotli / (budgetKb * KB)).toFixed(0)}%)`);

mkdirSync('target', { recursive: true });
writeFileSync('target/size-report.json', JSON.stringify({ files, firstLoad: firstLoad.map((f) => f.name), total, budgetKb, pages: pages.map((p) => ({ page: p.page, brotli: p.total.brotli })) }, null, 2));

if (total.brotli > budgetKb * KB) {
  console.error(`OVER BUDGET: first load is ${kb} KB brotli, budget ${budgetKb} KB`);
  process.exit(1);
}
