// How long changing step in the tears walkthrough takes, in the release build (dist/)
// on the system Chromium at phone size. Prints median and p95 in milliseconds; one
// frame at 60 Hz is 16.7 ms. Not a timed test: it prints figures for the report.
//
//   trunk build --release && node scripts/bench-tears.mjs [changes=300]
//
// "render" is from the click to the DOM patched by Yew, plus a forced style and layout.
// "settled" adds the address update (History API, replaced) and the re-render on `popstate`.
// "frame" is from the click to the next animation frame (includes waiting for vsync).
import { VIEWPORTS, startSite, openPage, waitForApp } from '../tests/e2e/harness.mjs';

const changes = Number(process.argv[2] ?? 300);
const site = await startSite();
try {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0], { reducedMotion: 'reduce' });
  await page.goto(site.url('tears/'));
  await waitForApp(page);
  const result = await page.evaluate(async (changes) => {
    const root = document.querySelector('.tears');
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
      const last = document.querySelector('.tears__progress').textContent.startsWith('Step 6');
      const first = document.querySelector('.tears__progress').textContent.startsWith('Step 1');
      if (last) forward = false;
      if (first) forward = true;
      const button = document.querySelector(forward ? 'a.tears__next' : 'a.tears__back');
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
  }, changes);
  const f = (x) => x.toFixed(2).padStart(7);
  console.log(`tears walkthrough: ${changes} step changes (Next/Back), phone 360x740, release build`);
  console.log(`${'ms'.padEnd(10)}${'median'.padStart(7)}${'p95'.padStart(7)}${'max'.padStart(7)}`);
  for (const [name, s] of Object.entries(result)) console.log(`${name.padEnd(10)}${f(s.median)}${f(s.p95)}${f(s.max)}`);
  console.log('one frame at 60 Hz: 16.67 ms');
  if (errors.length) console.log('page errors:', errors);
  await context.close();
} finally {
  await site.stop();
}
