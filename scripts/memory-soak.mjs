// Memory soak for the allocator (not part of the test command): after
// `trunk build --release`, `node scripts/memory-soak.mjs` visits every route and walkthrough
// step and opens every evidence note on the comparison, 400 rounds (4,400 navigations), and
// prints the WebAssembly memory size every 50 rounds. It must stay flat: freed memory is
// reused, not leaked.
import { VIEWPORTS, startSite, openPage, waitForApp } from '../tests/e2e/harness.mjs';
const site = await startSite();
const { context, page, errors } = await openPage(site.browser, VIEWPORTS[1]);
await page.addInitScript(() => {
  const keep = (r) => { const inst = r.instance ?? r; if (inst?.exports?.memory) window.__mem = inst.exports.memory; return r; };
  const s = WebAssembly.instantiateStreaming; WebAssembly.instantiateStreaming = (...a) => s(...a).then(keep);
  const i = WebAssembly.instantiate; WebAssembly.instantiate = (...a) => i(...a).then(keep);
});
await page.goto(`${site.origin}/`);
await waitForApp(page);
const mem = () => page.evaluate(() => window.__mem?.buffer.byteLength ?? -1);
const hashes = ['#/', '#/tears', '#/tears/2', '#/tears/3', '#/tears/4', '#/tears/5', '#/tears/6', '#/tears/compare', '#/flow', '#/reflect', '#/embed'];
const sizes = [];
for (let round = 1; round <= 400; round++) {
  for (const h of hashes) {
    await page.evaluate((h) => { location.hash = h; }, h);
    await page.waitForFunction((h) => location.hash === h, h);
    if (h === '#/tears/compare') await page.evaluate(() => document.querySelectorAll('.evidence__toggle').forEach((b) => b.click()));
  }
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  if (round % 50 === 0) { sizes.push([round, await mem()]); console.log(round, sizes.at(-1)[1]); }
}
console.log('console errors', errors);
if (sizes.at(-1)[1] !== sizes[0][1]) process.exitCode = 1;
await context.close();
await site.stop();
