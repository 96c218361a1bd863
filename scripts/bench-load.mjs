// The load benchmark: sizes, first paint and interactivity against a no-script
// baseline, and Lighthouse scores. Prints tables; exits non-zero if a budget is missed.
//
//   node scripts/bench-load.mjs [--runs=5] [--no-lighthouse] [--pages=home,deep,embedded]
//
// Run after `scripts/build-release.sh`. Three pages: home, a deep page (a walkthrough step)
// and an embedded section as the loader opens it (the embed layout, with look options).
// Each run is a cold load in a fresh Chromium context at 360x740 with 4x CPU throttling
// and a slow-4G network (Lighthouse's mobile profile: 150 ms RTT and 1.6 Mbps, applied
// the way DevTools does: x3.75 latency, x0.9 bandwidth). Each page's baseline is the
// same built page with every script removed (and what only scripts use: the glue and wasm
// preloads, the next pages' words): the floor for its first paint. The budgets are issue
// 20's: first load <= 100 KB, first paint within 1.05 of the floor, interactive 1.3.
// "Interactive" is the `app-interactive` mark the app sets once mounted; the row above it,
// the wasm's last byte, is the floor under it: no app code can run before that byte.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { CHROMIUM, CHROMIUM_ARGS as FLAGS, launchChromium, emulateSlowPhone } from '../tests/shared/chromium.mjs';
import { serveSite } from '../tests/shared/site.mjs';
import { DIST, screen, stepAddress, framePath } from '../tests/shared/pages.mjs';
import { PHONE } from '../tests/shared/viewports.mjs';
import { median } from '../tests/shared/stats.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const LIGHTHOUSE = !args.includes('--no-lighthouse');

/** The pages measured: [label, address below the site's folder]. `--pages=` keeps those
 * whose label starts with one of its words. */
const ONLY = args.find((a) => a.startsWith('--pages='))?.split('=')[1].split(',');
const PAGES = [
  ['home', screen('home').address],
  ['deep page', stepAddress(3)],
  ['embedded section', `${framePath(screen('flow').address)}?theme=dark&accent=%231F6F78`],
].filter(([label]) => !ONLY || ONLY.some((word) => label.startsWith(word)));
if (PAGES.length === 0) throw new Error(`--pages=${ONLY} names none of home, deep, embedded`);


// 1. Sizes (the same report as the test command).
// (Over budget is reported below with the other budgets, not fatal here.)
await new Promise((ok) => spawn('node', ['scripts/size-report.mjs', DIST, '--budget-kb=100'], { stdio: 'inherit' }).on('exit', ok));
const size = JSON.parse(readFileSync('target/size-report.json', 'utf8'));

// 2. The baseline: each page with every script (and script preload) removed.
const baseDir = mkdtempSync(join(tmpdir(), 'crying-baseline-'));
cpSync(DIST, baseDir, { recursive: true });
for (const [, address] of PAGES) {
  const file = join(address.split('?')[0], 'index.html');
  const stripped = readFileSync(join(DIST, file), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link [^>]*rel=(modulepreload|"modulepreload")[^>]*>/g, '')
    .replace(/<link [^>]*\.wasm[^>]*>/g, '')
    // The next pages' words are preloaded for the app alone; a page without scripts
    // would not ask for them, and on the floor they shared the network with its sheets.
    .replace(/<link [^>]*words-[\w-]+\.json[^>]*>/g, '');
  writeFileSync(join(baseDir, file), stripped);
}

const appSite = await serveSite();
const baseSite = await serveSite({ dir: baseDir });
const browser = await launchChromium();

async function measure(site, address) {
  const { viewport, isMobile, hasTouch, deviceScaleFactor } = PHONE;
  const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await emulateSlowPhone(context, page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(() => {
    window.__lcp = 0; window.__cls = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url(address), { waitUntil: 'load', timeout: 120000 });
  const hasApp = await page.evaluate(() => !!document.querySelector('script'));
  if (hasApp) await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 120000 });
  await page.waitForTimeout(300);
  // Input ends LCP recording; read after the page settles.
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    interactive: performance.getEntriesByName('app-interactive')[0]?.startTime ?? NaN,
    // The floor under "interactive": nothing can run before the wasm's last byte is in.
    // A page with the wasm inside it has it with its own last byte.
    wasmEnd: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd
      ?? performance.getEntriesByType('navigation')[0].responseEnd,
    cls: window.__cls,
  }));
  await context.close();
  return m;
}

const results = [];
for (const [label, address] of PAGES) {
  const app = []; const base = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleave, so any drift in the machine affects both equally.
    base.push(await measure(baseSite, address));
    app.push(await measure(appSite, address));
    process.stdout.write(`${label}: run ${i + 1}/${RUNS} done\r`);
  }
  const med = (runs, k) => median(runs.map((r) => r[k]));
  const A = { fcp: med(app, 'fcp'), lcp: med(app, 'lcp'), interactive: med(app, 'interactive'), wasmEnd: med(app, 'wasmEnd'), cls: Math.max(...app.map((r) => r.cls)) };
  const B = { fcp: med(base, 'fcp'), lcp: med(base, 'lcp') };
  const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
  console.log(`\n${label} (/${address}): medians of ${RUNS} cold loads, 360x740, 4x CPU, slow 4G`);
  console.log(`${''.padEnd(30)}${'app'.padStart(12)}${'baseline'.padStart(12)}${'app/base'.padStart(12)}`);
  console.log(`${'first contentful paint'.padEnd(30)}${ms(A.fcp).padStart(12)}${ms(B.fcp).padStart(12)}${(A.fcp / B.fcp).toFixed(2).padStart(12)}`);
  console.log(`${'largest contentful paint'.padEnd(30)}${ms(A.lcp).padStart(12)}${ms(B.lcp).padStart(12)}${(A.lcp / B.lcp).toFixed(2).padStart(12)}`);
  console.log(`${"the wasm's last byte".padEnd(30)}${ms(A.wasmEnd).padStart(12)}${'-'.padStart(12)}${(A.wasmEnd / B.fcp).toFixed(2).padStart(12)}  (over baseline FCP)`);
  console.log(`${'interactive (app-interactive)'.padEnd(30)}${ms(A.interactive).padStart(12)}${'-'.padStart(12)}${(A.interactive / B.fcp).toFixed(2).padStart(12)}  (over baseline FCP)`);
  console.log(`${'cumulative layout shift (max)'.padEnd(30)}${A.cls.toFixed(3).padStart(12)}`);
  results.push({ label, address, app, base, medians: { app: A, base: B } });
}

await browser.close();
await appSite.stop();
await baseSite.stop();
rmSync(baseDir, { recursive: true, force: true });

// 3. Lighthouse (mobile), on home and on the deep page.
const scores = {};
if (LIGHTHOUSE) for (const [label, address] of PAGES.filter(([l]) => !l.startsWith('embedded'))) scores[label] = await runLighthouse(address);

const budgets = [
  ['first load of any page <= 100 KB brotli', size.total.brotli <= 100_000, `${(size.total.brotli / 1000).toFixed(1)} KB`],
];
for (const { label, medians: { app: A, base: B } } of results) {
  budgets.push(
    [`${label}: FCP <= 1.05 x baseline FCP`, A.fcp <= 1.05 * B.fcp, `${(A.fcp / B.fcp).toFixed(2)}x`],
    [`${label}: interactive <= 1.3 x baseline FCP`, A.interactive <= 1.3 * B.fcp, `${(A.interactive / B.fcp).toFixed(2)}x`],
    [`${label}: CLS = 0`, A.cls === 0, A.cls.toFixed(3)],
  );
}
for (const [label, s] of Object.entries(scores)) for (const [k, v] of Object.entries(s)) budgets.push([`${label}: Lighthouse ${k} = 100`, v === 100, String(v)]);
console.log('\nBudgets');
for (const [name, ok, value] of budgets) console.log(`  ${ok ? 'PASS' : 'MISS'}  ${name.padEnd(52)} ${value}`);
writeFileSync('target/bench-load.json', JSON.stringify({ runs: RUNS, results, scores, size: size.total }, null, 2));
process.exitCode = budgets.every(([, ok]) => ok) ? 0 : 1;

async function runLighthouse(address) {
  const { default: lighthouse } = await import('lighthouse');
  const site = await serveSite();
  const port = 9300 + Math.floor(Math.random() * 500);
  const userDir = mkdtempSync(join(tmpdir(), 'crying-lh-'));
  const chrome = spawn(CHROMIUM, [...FLAGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${userDir}`, 'about:blank'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      try { await fetch(`http://127.0.0.1:${port}/json/version`); break; } catch { await new Promise((r) => setTimeout(r, 200)); }
    }
    const result = await lighthouse(site.url(address), {
      port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result.lhr;
    writeFileSync(`target/lighthouse-${address.replace(/\W+/g, '-') || 'home'}.json`, JSON.stringify(lhr, null, 1));
    const scores = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round(c.score * 100)]));
    console.log(`\nLighthouse 12.2.3 (mobile), /${address}`);
    for (const c of Object.values(lhr.categories)) {
      console.log(`  ${c.title.padEnd(16)} ${String(Math.round(c.score * 100)).padStart(4)}`);
      for (const ref of c.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`      - ${a.id}: ${a.title} (${a.displayValue ?? a.score})`);
      }
    }
    return scores;
  } finally {
    await new Promise((ok) => { chrome.once('exit', ok); chrome.kill(); });
    await site.stop();
    rmSync(userDir, { recursive: true, force: true });
  }
}
