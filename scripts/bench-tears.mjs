// How long changing step in the tears walkthrough takes, in the release build (dist/)
// on the system Chromium at phone size. Prints median and p95 in milliseconds; one
// frame at 60 Hz is 16.7 ms. Not a timed test: it prints figures for the report.
//
//   scripts/build-release.sh && node scripts/bench-tears.mjs [changes=300]
//
// "render" is from the click to the DOM patched by Yew, plus a forced style and layout.
// "settled" adds the address update (History API, replaced) and the re-render on `popstate`.
// "frame" is from the click to the next animation frame (includes waiting for vsync).
//
// Then the explorable figures' motion: on the comparison, with 4x CPU throttling, the
// reader sets off both routes again and again for 10 s while a performance trace runs.
// Script time per frame is all JavaScript and WebAssembly on the page's main thread
// between one frame and the next (the presses included). Prints PASS/MISS per budget:
// step change (render, median and p95: issue 20 names both) under one frame; figure
// frames' script time median <= 2 ms.
import { startSite, openPage, waitForApp } from '../tests/shared/chromium.mjs';
import { STEPS, stepAddress, comparison } from '../tests/shared/pages.mjs';
import { PHONE } from '../tests/shared/viewports.mjs';
import { TEARS, FIGURE } from '../tests/shared/selectors.mjs';
import { stepProgress } from '../tests/shared/wording.mjs';

const FRAME_MS = 1000 / 60;
const FIGURE_MEDIAN_BUDGET_MS = 2;
const PRESS_EVERY_MS = 2500;
const FIGURE_WINDOW_MS = 10_000;
// Script events on the renderer's main thread (nested ones are merged, not double counted).
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame',
  'EvaluateScript', 'RunMicrotasks', 'v8.callFunction', 'v8.evaluateModule', 'V8.Execute']);
let missed = false;
const verdict = (name, value, ok, budget) => {
  if (!ok) missed = true;
  console.log(`${ok ? 'PASS' : 'MISS'}  ${name.padEnd(44)} ${value.padEnd(12)} budget ${budget}`);
};

const changes = Number(process.argv[2] ?? 300);
const site = await startSite();
try {
  const { context, page, errors } = await openPage(site.browser, PHONE, { reducedMotion: 'reduce' });
  await page.goto(site.url(stepAddress(1)));
  await waitForApp(page);
  const result = await page.evaluate(async ({ changes, first, last, sel }) => {
    const root = document.querySelector(sel.root);
    const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
    const moved = () => new Promise((ok) => addEventListener('popstate', () => ok(), { once: true }));
    const patched = (act) => new Promise((ok) => {
      const mo = new MutationObserver(() => { mo.disconnect(); ok(); });
      mo.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      act();
    });
    const render = [], settled = [], frame = [];
    let forward = true;
    for (let i = 0; i < changes; i++) {
      const progress = document.querySelector(sel.progress).textContent;
      if (progress === last) forward = false;
      if (progress === first) forward = true;
      const button = document.querySelector(`a${forward ? sel.next : sel.back}`);
      await nextFrame();
      const address = moved();
      const t0 = performance.now();
      await patched(() => button.click());
      document.body.getBoundingClientRect();
      const t1 = performance.now();
      await address;
      await Promise.resolve();
      document.body.getBoundingClientRect();
      const t2 = performance.now();
      await nextFrame();
      const t3 = performance.now();
      render.push(t1 - t0); settled.push(t2 - t0); frame.push(t3 - t0);
    }
    const stats = (xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
      return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
    };
    return { render: stats(render), settled: stats(settled), frame: stats(frame) };
  }, { changes, first: stepProgress(1), last: stepProgress(STEPS), sel: TEARS });
  const f = (x) => x.toFixed(2).padStart(7);
  console.log(`tears walkthrough: ${changes} step changes (Next/Back), phone 360x740, release build`);
  console.log(`${'ms'.padEnd(10)}${'median'.padStart(7)}${'p95'.padStart(7)}${'max'.padStart(7)}`);
  for (const [name, s] of Object.entries(result)) console.log(`${name.padEnd(10)}${f(s.median)}${f(s.p95)}${f(s.max)}`);
  console.log('one frame at 60 Hz: 16.67 ms');
  verdict('step change, render median', `${result.render.median.toFixed(2)} ms`, result.render.median < FRAME_MS, '< 16.67 ms');
  verdict('step change, render p95', `${result.render.p95.toFixed(2)} ms`, result.render.p95 < FRAME_MS, '< 16.67 ms');
  if (errors.length) console.log('page errors:', errors);
  await context.close();

  const figure = await figureFrames();
  console.log(`\nexplorable figure (comparison, both routes set off every ${PRESS_EVERY_MS / 1000} s for ${FIGURE_WINDOW_MS / 1000} s), 4x CPU throttling`);
  console.log(`${figure.frames} frames, ${figure.presses} presses; script time per frame: median ${figure.median.toFixed(3)} ms, p95 ${figure.p95.toFixed(3)} ms, max ${figure.max.toFixed(3)} ms`);
  verdict('figure animation, script per frame median', `${figure.median.toFixed(3)} ms`, figure.median <= FIGURE_MEDIAN_BUDGET_MS, `<= ${FIGURE_MEDIAN_BUDGET_MS} ms`);
  if (figure.frames < 60) verdict('figure animation produced frames', `${figure.frames}`, false, '>= 60');
} finally {
  await site.stop();
}
process.exit(missed ? 1 : 0);


/** Traces the comparison figure while its routes animate; returns script time per frame. */
async function figureFrames() {
  const { context, page } = await openPage(site.browser, PHONE);
  await page.goto(site.url(comparison().address));
  await waitForApp(page);
  await page.locator(TEARS.figure).scrollIntoViewIfNeeded();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8'] },
  });
  let presses = 0;
  const t0 = Date.now();
  while (Date.now() - t0 < FIGURE_WINDOW_MS) {
    await page.locator(FIGURE.choice).click();
    presses += 1;
    await page.waitForTimeout(PRESS_EVERY_MS);
  }
  await cdp.send('Tracing.end');
  await done;
  await context.close();

  // The page's main thread is the one that drew its frames.
  const frames = events.filter((e) => e.name === 'BeginMainThreadFrame');
  const threads = new Map();
  for (const f of frames) threads.set(`${f.pid}:${f.tid}`, (threads.get(`${f.pid}:${f.tid}`) ?? 0) + 1);
  const main = [...threads.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = (e) => `${e.pid}:${e.tid}` === main;
  const starts = frames.filter(onMain).map((e) => e.ts).sort((a, b) => a - b);
  const script = events.filter((e) => onMain(e) && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [a, b] of script) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b); else merged.push([a, b]);
  }
  const perFrame = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [from, to] = [starts[i], starts[i + 1]];
    let us = 0;
    for (const [a, b] of merged) {
      if (b <= from) continue;
      if (a >= to) break;
      us += Math.min(b, to) - Math.max(a, from);
    }
    perFrame.push(us / 1000);
  }
  const sorted = perFrame.sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { frames: sorted.length, presses, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}
