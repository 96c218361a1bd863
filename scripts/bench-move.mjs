// How long a move to another page takes to show that page's words, on a slow phone
// (Slow 4G as DevTools sets it, 4x CPU), in the release build (dist/): from home, a tap on
// the navigation's "Flow" link, timed from the tap to the flow's heading on screen. Once
// as soon as the app is interactive (its words for other pages are then on their way), and
// once three seconds later (they are in). Prints median and max of each; PASS/MISS against
// the 100 ms budget. Not a timed test: it prints figures for the report.
//
//   scripts/build-release.sh && node scripts/bench-move.mjs [runs=5]
import { startSite, openPage, waitForInteractive } from '../tests/shared/chromium.mjs';
import { screen } from '../tests/shared/pages.mjs';
import { PHONE } from '../tests/shared/viewports.mjs';
import { NAV_LINK, HEADING } from '../tests/shared/selectors.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const BUDGET_MS = 100;
// DevTools' "Slow 4G": 150 ms and 1.6 Mbps, with its own factors (x3.75 latency, x0.9
// bandwidth), as scripts/bench-load.mjs uses.
const NETWORK = { offline: false, latency: 150 * 3.75, downloadThroughput: (1638.4 * 0.9 * 1024) / 8, uploadThroughput: (675 * 0.9 * 1024) / 8 };
const target = screen('flow');

/** One cold visit to home; after `waitMs` past interactive, taps "Flow"; ms to its heading. */
async function move(site, waitMs) {
  const { context, page } = await openPage(site.browser, PHONE);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(site.url(screen('home').address));
    await waitForInteractive(page);
    if (waitMs) await page.waitForTimeout(waitMs);
    // Timed in the page: from the tap's event to the first frame showing the heading.
    return await page.evaluate(([link, heading, words]) => new Promise((done) => {
      const start = performance.now();
      const tick = () => (document.querySelector(heading)?.textContent.trim() === words
        ? done(performance.now() - start)
        : requestAnimationFrame(tick));
      document.querySelectorAll(link)[2].click();
      requestAnimationFrame(tick);
    }), [NAV_LINK, HEADING, target.heading]);
  } finally {
    await context.close();
  }
}

const site = await startSite();
try {
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
  };
  console.log(`a move from home to /${target.address} on Slow 4G, 4x CPU, phone; ${RUNS} cold visits each`);
  for (const [label, waitMs] of [['at interactive', 0], ['3 s after interactive', 3000]]) {
    const times = [];
    for (let i = 0; i < RUNS; i += 1) times.push(await move(site, waitMs));
    const { median, max } = stats(times);
    const verdict = median <= BUDGET_MS ? 'PASS' : 'MISS';
    console.log(`${verdict}  ${label.padEnd(24)} median ${median.toFixed(0).padStart(5)} ms, max ${max.toFixed(0).padStart(5)} ms   budget <= ${BUDGET_MS} ms`);
  }
} finally {
  await site.stop();
}
