// Benchmark of the flow section's animation (not part of the test command):
//   scripts/build-release.sh && node scripts/bench-flow.mjs
// Headless Chromium at 360x740 with 4x CPU throttling. Prints frames per second over
// 10 s of animation, median and 95th percentile script time per frame (the frame
// callback timed with performance.now() around it), and JS heap and wasm memory before
// and after 10,000 frames (after a forced garbage collection). Exits non-zero if any
// budget is missed: >= 58 fps, median <= 2 ms, memory after within 10% of before.
import { startSite } from '../tests/shared/chromium.mjs';
import { screen } from '../tests/shared/pages.mjs';
import { PHONE as phone } from '../tests/shared/viewports.mjs';
import { FLOW } from '../tests/shared/selectors.mjs';

const FPS_BUDGET = 58;
const MEDIAN_BUDGET_MS = 2;
const MEMORY_GROWTH = 0.10;
const WINDOW_MS = 10_000;
const TOTAL_FRAMES = 10_000;

const site = await startSite();
let failed = false;
try {
  const context = await site.browser.newContext({
    viewport: phone.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: phone.deviceScaleFactor,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => { console.error(`pageerror: ${e.message}`); failed = true; });
  // Time every animation-frame callback, and keep hold of the wasm memory.
  await context.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const bench = { frames: 0, recording: false, samples: [], stamps: [] };
    window.__bench = bench;
    window.requestAnimationFrame = (cb) => raf((t) => {
      const start = performance.now();
      cb(t);
      const spent = performance.now() - start;
      bench.frames += 1;
      if (bench.recording) { bench.samples.push(spent); bench.stamps.push(t); }
    });
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail?.wasm?.memory; });
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(site.url(screen('flow').address));
  await page.waitForSelector(FLOW.visual);
  await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // A busy scene: a strong block, and a release every 5 s so tears fall too.
  for (const id of [FLOW.stress, FLOW.holding]) {
    await page.locator(id).focus();
    await page.keyboard.press('End');
  }
  await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
  await page.evaluate((release) => {
    window.__releases = setInterval(() => document.querySelector(release)?.click(), 5000);
  }, FLOW.release);
  await page.waitForTimeout(1500);

  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? NaN);
    return { heap: heap.usedSize, wasm };
  };
  const before = await memory();
  const startFrames = await page.evaluate(() => window.__bench.frames);

  await page.evaluate(() => { window.__bench.recording = true; });
  await page.waitForTimeout(WINDOW_MS);
  const { samples, stamps } = await page.evaluate(() => {
    const b = window.__bench;
    b.recording = false;
    return { samples: b.samples, stamps: b.stamps };
  });
  const seconds = (stamps.at(-1) - stamps[0]) / 1000;
  const fps = (stamps.length - 1) / seconds;
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median = pick(0.5);
  const p95 = pick(0.95);

  // Run on to 10,000 frames in all.
  const t0 = Date.now();
  while ((await page.evaluate(() => window.__bench.frames)) - startFrames < TOTAL_FRAMES) {
    await page.waitForTimeout(2000);
    if (Date.now() - t0 > 20 * 60_000) throw new Error('10,000 frames took over 20 minutes');
  }
  const ran = (await page.evaluate(() => window.__bench.frames)) - startFrames;
  await page.evaluate(() => clearInterval(window.__releases));
  const after = await memory();

  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const growth = (a, b) => (b - a) / a;
  const results = [
    ['frames per second over 10 s', `${fps.toFixed(1)} fps (${stamps.length} frames in ${seconds.toFixed(1)} s)`, fps >= FPS_BUDGET, `>= ${FPS_BUDGET}`],
    ['script time per frame, median', `${median.toFixed(3)} ms`, median <= MEDIAN_BUDGET_MS, `<= ${MEDIAN_BUDGET_MS} ms`],
    ['script time per frame, 95th percentile', `${p95.toFixed(3)} ms`, true, 'reported'],
    [`JS heap before / after ${ran} frames`, `${kb(before.heap)} / ${kb(after.heap)} (${(100 * growth(before.heap, after.heap)).toFixed(1)}%)`, growth(before.heap, after.heap) <= MEMORY_GROWTH, 'within 10%'],
    [`wasm memory before / after ${ran} frames`, `${kb(before.wasm)} / ${kb(after.wasm)} (${(100 * growth(before.wasm, after.wasm)).toFixed(1)}%)`, Number.isFinite(before.wasm) && growth(before.wasm, after.wasm) <= MEMORY_GROWTH, 'within 10%'],
  ];
  console.log('flow benchmark: 360x740, 4x CPU throttling, headless Chromium');
  for (const [name, value, ok, budget] of results) {
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(42)} ${value.padEnd(36)} budget ${budget}`);
    if (!ok) failed = true;
  }
  await context.close();
} finally {
  await site.stop();
}
process.exit(failed ? 1 : 0);
