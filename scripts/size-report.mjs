// Prints every built file's size raw, gzip -9 and brotli -q 11, and the first load of
// every page (the page plus every local file it references). Fails if the first load of
// any page is over budget. Usage: node scripts/size-report.mjs [dist] [--budget-kb=120]
import { writeFileSync, mkdirSync } from 'node:fs';
import { measure } from './first-load.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budgetKb = Number(args.find((a) => a.startsWith('--budget-kb='))?.split('=')[1] ?? 120);
const KB = 1000; // decimal kilobytes: the stricter reading of the budget

const { files, pages } = measure(dist);
const heaviest = pages.reduce((a, b) => (b.total.brotli > a.total.brotli ? b : a));
const home = pages.find((p) => p.page === 'index.html');

const pad = (s, n) => String(s).padStart(n);
const row = (name, f, mark = '') => `${name.padEnd(44)}${pad(f.raw.toLocaleString('en-GB'), 10)}${pad(f.gzip.toLocaleString('en-GB'), 10)}${pad(f.brotli.toLocaleString('en-GB'), 10)} ${mark}`;
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const f of files) console.log(row(f.name, f, home.files.includes(f) ? '*' : ''));
console.log('-'.repeat(75));
console.log(row('first load of home (* above)', home.total));
console.log(`\nfirst load of each page, brotli (and, not counted, the next pages' words it preloads):`);
for (const p of pages) console.log(`  ${p.page.padEnd(42)}${pad(p.total.brotli.toLocaleString('en-GB'), 10)}${p.ahead.brotli ? `   + ${p.ahead.brotli.toLocaleString('en-GB')} ahead` : ''}`);
const total = heaviest.total;
const firstLoad = heaviest.files;
const kb = (total.brotli / KB).toFixed(1);
console.log(`\nfirst load: ${kb} KB brotli at most (${heaviest.page}) of a ${budgetKb} KB budget (${(100 * total.brotli / (budgetKb * KB)).toFixed(0)}%)`);

mkdirSync('target', { recursive: true });
writeFileSync('target/size-report.json', JSON.stringify({ files, firstLoad: firstLoad.map((f) => f.name), total, budgetKb, pages: pages.map((p) => ({ page: p.page, brotli: p.total.brotli, ahead: p.ahead.brotli })) }, null, 2));

if (total.brotli > budgetKb * KB) {
  console.error(`OVER BUDGET: first load is ${kb} KB brotli, budget ${budgetKb} KB`);
  process.exit(1);
}
