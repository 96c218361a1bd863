// Each walkthrough step's own page, end to end on the release build, at both widths: by
// deep link and reload, every evidence note open, axe clean, a screenshot of each; old
// hash links to steps out of range land on a real step; a step page that does not exist
// is the site's 404 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot, foreignRequests } from './checks.mjs';
import { target, open } from './walkthrough.mjs';
import { STEPS, stepAddress, headingOf, oldLink, notFoundHeading } from '../shared/pages.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { HEADING, EVIDENCE_TOGGLE, TEARS } from '../shared/selectors.mjs';
import { stepProgress } from '../shared/wording.mjs';

const site = useSite();
const FIRST = stepAddress(1);

/** Removes the one console error each deliberate load of a 404 page gives. */
function without404s(errors, loads) {
  // "(Not Found)" from the server; "()" when the service worker serves the page.
  const message = /^console\.error: Failed to load resource: the server responded with a status of 404 \((Not Found)?\)$/;
  let left = loads;
  return errors.filter((e) => !(message.test(e) && left-- > 0));
}

/** Checks step `n` as opened: heading, address, progress, its figure; every evidence note
 * opens; axe and touch targets with the notes open. */
async function checkStep(page, vp, n) {
  assert.equal(await page.locator(HEADING).textContent(), headingOf(stepAddress(n)), stepAddress(n));
  assert.equal(page.url(), site.url(stepAddress(n)));
  assert.equal(await page.locator(TEARS.progress).textContent(), stepProgress(n));
  const svg = page.locator('svg.ill[role="img"]');
  assert.equal(await svg.count(), 1);
  const titleId = await svg.getAttribute('aria-labelledby');
  assert.ok((await page.locator(`[id="${titleId}"]`).textContent()).length > 0, 'figure has a title');
  assert.equal(await hasHorizontalScroll(page), false, `step ${n} scrolls sideways`);
  // Show the picture as a reader sees it once its gentle motion has played.
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  await screenshot(page, `tears-step${n}-${vp.name}`);

  const toggles = page.locator(EVIDENCE_TOGGLE);
  const count = await toggles.count();
  assert.ok(count >= 1, `step ${n} has evidence notes`);
  for (let i = 0; i < count; i++) {
    const toggle = toggles.nth(i);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    assert.ok(await panel.isVisible(), `step ${n} note ${i} opens`);
    assert.match(await panel.textContent(), /Research so far suggests:/);
  }
  assert.deepEqual(await axe(page), [], `step ${n} axe (notes open)`);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('.tears button, .tears a')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height < 44 || r.width < 44).length);
  assert.equal(small, 0, `step ${n}: touch targets under 44px`);
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: every step by deep link and reload; notes open; axe clean; screenshots`, async () => {
    const { context, page, errors, requests } = await openPage(site.browser, vp);
    for (let n = 1; n <= STEPS; n++) {
      await open(page, site, stepAddress(n));
      await page.reload();
      await waitForApp(page);
      await checkStep(page, vp, n);
    }
    // Old hash links with out-of-range and malformed numbers land on a real step.
    const old = oldLink(FIRST);
    for (const [hash, n] of [[`${old}/0`, 1], [`${old}/42`, STEPS], [`${old}/99`, STEPS], [`${old}/abc`, 1], [`${old}/-3`, 1], [old, 1]]) {
      await open(page, site, hash);
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator(HEADING).textContent(), headingOf(stepAddress(n)), hash);
      assert.equal(page.url(), site.url(stepAddress(n)), hash);
    }
    // A step page that does not exist is the site's 404 page, with a way home and the
    // crisis numbers, by deep link and by reload.
    let notFound = 0;
    const links = [];
    for (const path of ['99/', '0/', `${STEPS + 1}/`, 'abc/', '-3/'].map((step) => `${FIRST}${step}`)) {
      for (const load of [() => page.goto(site.url(path)), () => page.reload()]) {
        assert.equal((await load()).status(), 404, path);
        notFound += 1;
        assert.equal(await page.locator('h1').textContent(), notFoundHeading(), path);
        assert.equal(await page.locator('a[href="tel:116123"]').count(), 1, path);
        assert.equal(await page.locator('main a[href]').count(), 1, `${path}: a link`);
        // A host serves 404.html at any depth, so its link can only be `./`; once the service
        // worker runs it serves the page itself, with the link pointed at the site's folder.
        const raw = await page.locator('main a[href]').getAttribute('href');
        const href = await target(page.locator('main a[href]'));
        if (raw !== './' && href !== site.url('')) links.push(`${path} links to ${href}`);
      }
    }
    assert.deepEqual(without404s(errors, notFound), []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    assert.deepEqual([...new Set(links)], [], `the 404 page's link is ./ or leads home (${site.url('')})`);
    await context.close();
  });
}
