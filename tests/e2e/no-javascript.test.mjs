// Without JavaScript every page still reads: the introduction, the crisis numbers, and the
// whole walkthrough page by page by its links, each claim with its evidence open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWPORTS, startSite, openPage, screenshot } from './harness.mjs';
import { STEP_HEADINGS, COMPARE_HEADING } from './headings.mjs';

const TELS = ['tel:116123', 'tel:111', 'tel:08001111', 'tel:999'];

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

/** Follows the link at `selector` as a reader would, waiting for the new page. */
async function follow(page, selector) {
  await Promise.all([page.waitForEvent('load'), page.locator(selector).first().click()]);
}

/** The crisis numbers are on the page, and each evidence note shows open. */
async function assertReadable(page, label) {
  for (const tel of TELS) assert.ok(await page.locator(`a[href="${tel}"]`).count() >= 1, `${label}: ${tel}`);
  // The comparison has a table for wide screens and cards for phones; one is hidden.
  const panels = page.locator('.evidence:visible .evidence__panel');
  assert.ok(await panels.count() >= 1 || !(await page.locator('.evidence').count()), `${label}: evidence shown`);
  for (let i = 0; i < await panels.count(); i += 1) {
    assert.ok(await panels.nth(i).isVisible(), `${label}: evidence note ${i} open`);
  }
  assert.equal(await page.locator('.evidence__toggle:visible').count(), 0, `${label}: no button that cannot work`);
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: with JavaScript off, every walkthrough step is reached by links from home`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp, { javaScriptEnabled: false });
    await page.goto(site.url());
    assert.equal(await page.locator('main h1').textContent(), 'Why we cry');
    assert.ok(await page.locator('.noscript-note').isVisible());
    await assertReadable(page, 'home');
    await screenshot(page, `nojs-${vp.name}`);

    await follow(page, '.card--tears a');
    for (const [i, title] of STEP_HEADINGS.entries()) {
      assert.equal(new URL(page.url()).pathname, i === 0 ? '/tears/' : `/tears/${i + 1}/`);
      assert.equal(await page.locator('main h1').textContent(), title);
      assert.ok(await page.locator('.evidence__panel').count() >= 1, `step ${i + 1} has evidence`);
      await assertReadable(page, `step ${i + 1}`);
      if (i === 2) await screenshot(page, `nojs-step-3-${vp.name}`);
      if (i < STEP_HEADINGS.length - 1) await follow(page, '.tears__next');
    }
    // Back, the dots and the comparison are links too.
    await follow(page, '.tears__back');
    assert.equal(new URL(page.url()).pathname, '/tears/5/');
    await follow(page, '.tears__dot >> nth=1');
    assert.equal(await page.locator('main h1').textContent(), STEP_HEADINGS[1]);
    await follow(page, '.tears__compare-link a');
    assert.equal(await page.locator('main h1').textContent(), COMPARE_HEADING);
    await assertReadable(page, 'compare');

    // On to the flow, whose words read as a page of their own.
    await follow(page, '.nav__link >> nth=2');
    assert.equal(await page.locator('main h1').textContent(), 'When feelings get stuck');
    assert.ok(await page.locator('.flow__metaphor').isVisible());
    await assertReadable(page, 'flow');
    await follow(page, '.nav__link >> nth=3');
    assert.equal(await page.locator('main h1').textContent(), 'You and your tears');
    assert.ok(await page.locator('.noscript-note').isVisible());
    // Playwright turns scripts off with a policy, which also refuses the script preload.
    assert.deepEqual(errors.filter((e) => !e.endsWith(' csp')), []);
    await context.close();
  });
}
