// Where the time goes between the wasm's last byte and the app's `app-interactive` mark,
// on a slow phone (Slow 4G as DevTools sets it, 4x CPU), from a Chrome trace of cold loads
// of the release build (dist/, or DIST=). Prints each load's main-thread tasks in that
// window, a phase each (start: instantiate, main() and the first render; frame: style,
// layout, paint; effects: the mount effects, after Yew's scheduler yielded), then medians.
// Not a timed test: it prints figures for the report (README, "the load benchmark").
//
//   scripts/build-release.sh && node scripts/bench-boot.mjs [address=tears/3/] [--runs=5]
//
// With --profile it also samples the CPU (100 us) and prints the functions that took the
// most time in that window, callers included, then by their own time alone; the sampling slows the page (the phases'
// times are then longer), so read its figures as shares, not times. The shipped wasm has no function names; for
// names, build a copy that keeps them (add `-g` to `data-wasm-opt-params` in index.html,
// `scripts/build-release.sh --dist /tmp/named`, undo the edit) and run with DIST=/tmp/named.
import { launchChromium, emulateSlowPhone } from '../tests/shared/chromium.mjs';
import { serveSite } from '../tests/shared/site.mjs';
import { PHONE } from '../tests/shared/viewports.mjs';
import { median } from '../tests/shared/stats.mjs';

const args = process.argv.slice(2);
const ADDRESS = args.find((a) => !a.startsWith('--')) ?? 'tears/3/';
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
const PROFILE = args.includes('--profile');

const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/** The phase a main-thread task belongs to, from what ran inside it. */
function phase(inner) {
  const has = (name) => inner.some((e) => e.name === name);
  if (has('wasm.AsyncInstantiate') || has('wasm.SyncInstantiate')) return 'start';
  if (has('TimerFire') && has('FunctionCall')) return 'effects';
  if (has('Layout') || has('UpdateLayoutTree') || has('Paint')) return 'frame';
  return 'other';
}

/** One cold load: the tasks from the wasm's last byte to interactive, and a CPU profile. */
async function load(browser, site) {
  const { viewport, isMobile, hasTouch, deviceScaleFactor } = PHONE;
  const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await emulateSlowPhone(context, page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.wasm,blink.user_timing', transferMode: 'ReportEvents' });
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(site.url(ADDRESS), { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0, null, { timeout: 120_000 });
    const at = await page.evaluate(() => ({
      // The page holds the wasm, so its last byte is the page's (a lean copy's, the file's).
      wasmEnd: (performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))
        ?? performance.getEntriesByType('navigation')[0]).responseEnd,
      interactive: performance.getEntriesByName('app-interactive')[0].startTime,
    }));
    const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : null;
    await cdp.send('Tracing.end');
    await traced;
    // The mark is in both clocks: it aligns the trace's (µs) with the page's (ms).
    const mark = events.find((e) => e.name === 'app-interactive');
    const offset = mark.ts / 1000 - at.interactive;
    const ms = (ts) => ts / 1000 - offset;
    const tasks = events
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.tid === mark.tid && e.dur > 500)
      .filter((e) => ms(e.ts + e.dur) > at.wasmEnd && ms(e.ts) < at.interactive)
      .map((task) => {
        const inner = events.filter((e) => e.ph === 'X' && e.tid === task.tid && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
        const lazy = sum(inner.filter((e) => e.name === 'wasm.CompileLazy').map((e) => e.dur)) / 1000;
        return { from: ms(task.ts) - at.wasmEnd, ms: task.dur / 1000, phase: phase(inner), lazy };
      });
    return { ...at, tasks, profile, offset };
  } finally {
    await context.close();
  }
}

/** Time per function in the profile's samples between `from` and `to`: callers included
 * (`into`), and its own alone (`own`). */
function inclusive(profile, from, to, into, own) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const now = t / 1000;
    if (now < from || now > to) continue;
    const step = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    const seen = new Set();
    const leaf = nodes.get(profile.samples[i]).callFrame.functionName || '(anonymous)';
    own.set(leaf, (own.get(leaf) ?? 0) + step);
    for (let id = profile.samples[i]; id; id = parent.get(id)) {
      const name = nodes.get(id).callFrame.functionName;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      into.set(name, (into.get(name) ?? 0) + step);
    }
  }
}

const site = await serveSite();
const browser = await launchChromium();
const loads = [];
const functions = new Map();
const ownTime = new Map();
try {
  for (let i = 0; i < RUNS; i++) {
    const run = await load(browser, site);
    loads.push(run);
    console.log(`\nload ${i + 1}: the wasm's last byte at ${run.wasmEnd.toFixed(0)} ms, interactive ${(run.interactive - run.wasmEnd).toFixed(0)} ms later`);
    for (const t of run.tasks.filter((task) => task.ms >= 1)) {
      console.log(`  +${t.from.toFixed(0).padStart(4)} ms  ${t.ms.toFixed(1).padStart(5)} ms  ${t.phase}${t.lazy ? ` (V8 compiling wasm on first call: ${t.lazy.toFixed(1)} ms)` : ''}`);
    }
    // The profile's clock is the trace's: the same offset maps the window into it.
    if (run.profile) inclusive(run.profile, run.wasmEnd + run.offset, run.interactive + run.offset, functions, ownTime);
  }
} finally {
  await browser.close();
  await site.stop();
}

const per = (name) => median(loads.map((l) => sum(l.tasks.filter((t) => t.phase === name).map((t) => t.ms))));
console.log(`\n/${ADDRESS}: medians of ${RUNS} cold loads, 360x740, 4x CPU, Slow 4G`);
console.log(`  the wasm's last byte to interactive  ${median(loads.map((l) => l.interactive - l.wasmEnd)).toFixed(0)} ms`);
console.log(`  start (instantiate, main, render)    ${per('start').toFixed(0)} ms, of which V8's lazy compiling ${median(loads.map((l) => sum(l.tasks.map((t) => t.lazy)))).toFixed(0)} ms`);
console.log(`  frame (style, layout, paint)         ${per('frame').toFixed(0)} ms`);
console.log(`  mount effects                        ${per('effects').toFixed(0)} ms`);
console.log(`  other tasks                          ${per('other').toFixed(0)} ms (the rest is the browser idle between tasks)`);
if (PROFILE) {
  console.log('\nFunctions, callers included, per load (ms):');
  for (const [name, ms] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`  ${(ms / RUNS).toFixed(1).padStart(6)}  ${name.slice(0, 120)}`);
  }
  console.log('\nFunctions, their own time alone, per load (ms):');
  for (const [name, ms] of [...ownTime].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.log(`  ${(ms / RUNS).toFixed(1).padStart(6)}  ${name.slice(0, 120)}`);
  }
}
