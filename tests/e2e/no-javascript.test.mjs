// Without JavaScript every page still reads: the introduction, the crisis numbers, and the
// whole walkthrough page by page by its links, each claim with its evidence open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { STEPS, screen, stepAddress, comparison } from '../shared/pages.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { SUPPORT_LINKS } from '../shared/wording.mjs';
import { HEADING, NAV_LINK, TEARS } from '../shared/selectors.mjs';


const site = useSite();

/** Follows the link at `selector` as a reader would, waiting for the new page. */
async function follow(page, selector) {
  await Promise.all([page.waitForEvent('load'), page.locator(selector).first().click()]);
}

/** The crisis numbers are on the page, and each evidence note shows open. */
async function assertReadable(page, label) {
  for (const tel of SUPPORT_LINKS) assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, `${label}: ${tel}`);
  // The comparison has a table for wide screens and cards for phones; one is hidden.
  const panels = page.locator('.evidence:visible .evidence__panel');
  assert.ok(await panels.count() >= 1 || !(await page.locator('.evidence').count()), `${label}: evidence shown`);
  for (let i = 0; i < await panels.count(); i += 1) {
    assert.ok(await panels.nth(i).isVisible(), `${label}: evidence note ${i} open`);
  }
  // Every button needs the app (the evidence toggles, the figures' choices, the flow's
  // controls, the reflection's Start, Copy): none shows where it could do nothing.
  const buttons = await page.locator('button:visible').allTextContents();
  assert.deepEqual(buttons, [], `${label}: no button that cannot work`);
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: with JavaScript off, every walkthrough step is reached by links from home`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp, { javaScriptEnabled: false });
    await page.goto(site.url());
    assert.equal(await page.locator(HEADING).textContent(), screen('home').heading);
    assert.ok(await page.locator('.noscript-note').isVisible());
    await assertReadable(page, 'home');
    await screenshot(page, `nojs-${vp.name}`);

    await follow(page, '.card[data-section=tears] a');
    for (let n = 1; n <= STEPS; n += 1) {
      assert.equal(new URL(page.url()).pathname, `/${stepAddress(n)}`);
      assert.equal(await page.locator(HEADING).textContent(), screen(n).heading);
      assert.ok(await page.locator('.evidence__panel').count() >= 1, `step ${n} has evidence`);
      await assertReadable(page, `step ${n}`);
      if (n === 3) await screenshot(page, `nojs-step-3-${vp.name}`);
      if (n < STEPS) await follow(page, TEARS.next);
    }
    // Back, the dots and the comparison are links too.
    await follow(page, TEARS.back);
    assert.equal(new URL(page.url()).pathname, `/${stepAddress(STEPS - 1)}`);
    await follow(page, `${TEARS.dot} >> nth=1`);
    assert.equal(await page.locator(HEADING).textContent(), screen(2).heading);
    await follow(page, TEARS.compareLink);
    assert.equal(await page.locator(HEADING).textContent(), comparison().heading);
    await assertReadable(page, 'compare');

    // On to the flow, whose words read as a page of their own.
    await follow(page, `${NAV_LINK} >> nth=2`);
    assert.equal(await page.locator(HEADING).textContent(), screen('flow').heading);
    assert.ok(await page.locator('.flow__metaphor').isVisible());
    await assertReadable(page, 'flow');
    await follow(page, `${NAV_LINK} >> nth=3`);
    assert.equal(await page.locator(HEADING).textContent(), screen('reflect').heading);
    assert.ok(await page.locator('.noscript-note').isVisible());
    await assertReadable(page, 'reflect');
    await follow(page, '.site-footer__embed');
    assert.equal(await page.locator(HEADING).textContent(), screen('embed').heading);
    await assertReadable(page, 'embed');
    // Playwright turns scripts off with a policy, which also refuses the script preload.
    // The wasm's preload is fetched and, with no script to run it, left unused: Chromium
    // says so if a page stays open a few seconds past its load, as on a busy machine.
    const unusedWasm = (e) => /_bg\.wasm was preloaded using link preload but not used/.test(e);
    assert.deepEqual(errors.filter((e) => !e.endsWith(' csp') && !unusedWasm(e)), []);
    await context.close();
  });
}
