// Long use: navigates every section 200 times and mounts and unmounts the energy-flow
// visual 200 times, then prints JS heap and wasm memory before and after (each after a
// forced garbage collection). Budget: both within 10% of the start. A benchmark, not a
// test: run after `scripts/build-release.sh`.
//
//   node scripts/bench-long-use.mjs [--rounds=200]
import { startSite } from '../tests/shared/chromium.mjs';
import { PAGES, screen } from '../tests/shared/pages.mjs';
import { PHONE } from '../tests/shared/viewports.mjs';

const ROUNDS = Number(process.argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 200);
/** Every screen's own page. */
const ROUTES = PAGES;
const HOME = screen('home').address;
const FLOW = screen('flow').address;
const site = await startSite({ args: ['--js-flags=--expose-gc'] });
const { browser } = site;
const context = await browser.newContext({ viewport: PHONE.viewport, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.enable');

async function memory() {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  return { heap: usedSize, wasm };
}

// Moves in place as a reader's click on a link to the page at `path` does: one link,
// outside the app's root, clicked by script (the app moves through the History API).
const follow = (path) => {
  let link = document.getElementById('bench-link');
  if (!link) {
    link = Object.assign(document.createElement('a'), { id: 'bench-link', hidden: true });
    document.body.append(link);
  }
  link.href = `/${path}`;
  link.click();
};
await page.addInitScript(`window.__follow = ${follow}`);

async function go(path) {
  await page.evaluate((p) => window.__follow(p), path);
  await page.waitForFunction((p) => location.pathname === `/${p}` && document.querySelector('main h1'), path);
}

// The loops run inside the page, so the harness's own bookkeeping is not measured: each
// step follows a link to the page, then waits for the app to draw the screen.
const cycle = (routes, rounds, pause) => page.evaluate(async ([routes, rounds, pause]) => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (let i = 0; i < rounds; i += 1) {
    for (const p of routes) {
      window.__follow(p);
      for (let n = 0; n < 100 && !document.querySelector('main h1'); n += 1) await frame();
      await frame();
      for (let n = 0; n < pause; n += 1) await frame();
    }
  }
}, [routes, rounds, pause]);

await page.goto(site.url(HOME));
await page.waitForFunction(() => window.__wasm && performance.getEntriesByName('app-interactive').length > 0);
// Warm up once through everything, so first-use allocations are not counted as growth.
await cycle(ROUTES, 2, 0);
await go(HOME);
const before = await memory();
const t0 = Date.now();
await cycle(ROUTES, ROUNDS, 0);
// Mount the flow visual, let it animate a frame, unmount it.
await cycle([FLOW, HOME], ROUNDS, 1);
await go(HOME);
const after = await memory();
const seconds = ((Date.now() - t0) / 1000).toFixed(1);

const kb = (b) => `${(b / 1024).toFixed(0)} KiB`;
const pct = (a, b) => ((100 * (b - a)) / a).toFixed(1);
console.log(`${ROUNDS} rounds through ${ROUTES.length} routes and ${ROUNDS} flow mounts/unmounts in ${seconds} s`);
console.log(`${''.padEnd(12)}${'before'.padStart(12)}${'after'.padStart(12)}${'change'.padStart(10)}`);
console.log(`${'JS heap'.padEnd(12)}${kb(before.heap).padStart(12)}${kb(after.heap).padStart(12)}${`${pct(before.heap, after.heap)}%`.padStart(10)}`);
console.log(`${'wasm memory'.padEnd(12)}${kb(before.wasm).padStart(12)}${kb(after.wasm).padStart(12)}${`${pct(before.wasm, after.wasm)}%`.padStart(10)}`);
const ok = after.heap <= before.heap * 1.1 && after.wasm <= before.wasm * 1.1 && errors.length === 0;
console.log(`${ok ? 'PASS' : 'MISS'}  both within 10% of the start${errors.length ? `; errors: ${errors.join('; ')}` : ''}`);
await site.stop();
process.exitCode = ok ? 0 : 1;
