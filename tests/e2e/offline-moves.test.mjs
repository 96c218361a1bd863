// Offline, every move in place is quiet: after one visit, with the network cut, the reader
// moves by the page's own links to every page of the page table (standalone, then in the
// embed layout), and no move loads anything from the network, fails a load, or logs an
// error. (Chromium used to fetch the tab's icon again on every move, outside the service
// worker: a failed load each move, offline.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { waitForWorker } from './worker.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { SCREENS, PAGES, FRAME_PAGES, FRAME_FOLDER, headingOf, screenAt } from '../shared/pages.mjs';
import { HEADING } from '../shared/selectors.mjs';

const site = useSite();

/** The addresses above `address` in the page table, nearest first, home last. */
function ancestors(address) {
  const up = [];
  for (let a = SCREENS.find((s) => s.address === address).parent; a !== null;
    a = SCREENS.find((s) => s.address === a).parent) up.push(a);
  return up;
}

/** Moves in place to `path` (the page of `address`, under `folder`) by clicking a link on
 * the current page that leads there; if there is none, first to the nearest page above it
 * that the current page links to, as a reader would. */
async function moveTo(page, path, address, folder) {
  const click = (to) => page.evaluate((target) => {
    const link = [...document.querySelectorAll('a[href]')]
      .find((a) => new URL(a.href).pathname === `/${target}` && a.getClientRects().length > 0);
    link?.click();
    return Boolean(link);
  }, to);
  const arrived = (to) => page.waitForFunction((p) => location.pathname === `/${p}`, to);
  for (const above of [null, ...ancestors(address)]) {
    if (above !== null) {
      if (!(await click(folder + above))) continue;
      await arrived(folder + above);
    }
    if (await click(path)) return arrived(path);
  }
  assert.fail(`no way by links from ${new URL(page.url()).pathname} to ${path}`);
}

for (const embedded of [false, true]) {
  const layout = embedded ? 'embed layout' : 'standalone';
  test(`phone, ${layout}: offline, every move in place to every page makes no request and logs nothing`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, PHONE);
    const pages = embedded ? FRAME_PAGES : PAGES;
    const home = embedded ? FRAME_FOLDER : '';
    await page.goto(site.url(home));
    await waitForApp(page);
    await waitForWorker(page);
    await page.reload();
    await waitForApp(page);
    await context.setOffline(true);
    await page.evaluate(() => { window.__sameDocument = true; });
    const before = requests.length;
    // Every page, then every page again in reverse, so each is reached from another.
    for (const path of [...pages.slice(1), ...pages.slice().reverse()]) {
      await moveTo(page, path, screenAt(path).address, home);
      await page.waitForFunction(([sel, h]) => document.querySelector(sel)?.textContent === h, [HEADING, headingOf(path)]);
      assert.equal(await page.evaluate(() => window.__sameDocument), true, `${path}: moved in place`);
    }
    // A move's late work (the next page's sheets, the icon) has had time to start.
    await page.waitForTimeout(500);
    const network = requests.slice(before).filter((r) => !r.url.startsWith('data:'));
    assert.deepEqual(network, [], 'offline, a move in place loads nothing');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
