// The flow under reduced motion, end to end at both widths: the same controls drive a
// picture that never moves on its own; each change is drawn once, said once, and asks for
// no animation frame. Axe, no sideways scroll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot } from './checks.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { tapOrClick } from '../shared/chromium.mjs';
import { FLOW } from '../shared/selectors.mjs';
import { FLOW_CAPTION as CAPTION } from '../shared/wording.mjs';
import { pressure, caption, openFlow, assertNoFrames } from './flow.mjs';

const site = useSite();

/** What the picture draws now: its flow, tears and clamps. */
const drawing = (page) => page.evaluate((parts) => parts.map((q) => document.querySelector(q).getAttribute('d')).join('|'), [FLOW.particles, FLOW.tears, '.flow-figure__clamp']);

for (const vp of VIEWPORTS) {
  test(`${vp.name}: reduced motion: the reader drives a still picture, which never moves on its own`, async () => {
    const { context, page, errors } = await openFlow(site, vp, { reducedMotion: 'reduce' });
    await page.waitForSelector('.flow-visual__note');
    await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
    await assertNoFrames(page, 'no animation under reduced motion');
    assert.equal(await page.locator(FLOW.pause).count(), 0, 'nothing to pause');
    assert.equal(await caption(page), CAPTION.steady);
    const calm = await drawing(page);
    await page.waitForTimeout(400);
    assert.equal(await drawing(page), calm, 'still while the reader does nothing');

    // Holding back by keyboard: the channel narrows and pressure builds, drawn once.
    await page.locator(FLOW.stress).focus();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await page.locator(FLOW.holding).focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.building);
    const building = await pressure(page);
    assert.ok(building > 0, `pressure shows: ${building}`);
    assert.notEqual(await drawing(page), calm, 'the picture changed with the reader');
    await assertNoFrames(page, 'a change is drawn once, not animated');
    const stuck = await drawing(page);
    await page.waitForTimeout(400);
    assert.equal(await drawing(page), stuck, 'and stays as it is');
    await page.waitForFunction(() => document.querySelector('.flow-visual__said').textContent.trim() !== '', null, { timeout: 3000 });
    assert.match(await page.locator(FLOW.said).textContent(), /channel/i, 'the change is said');
    await screenshot(page, `flow-still-building-${vp.name}`);

    // Open the channel: the release under way, tears and all, pressure lower; no motion.
    await tapOrClick(vp, page.getByRole('button', { name: 'Open the channel' }));
    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.lettingGo);
    assert.notEqual(await page.locator(FLOW.tears).getAttribute('d'), '', 'tears in the release');
    assert.ok(await pressure(page) < building, 'pressure eases');
    await assertNoFrames(page, 'the release is drawn once');
    await screenshot(page, `flow-still-release-${vp.name}`);

    // Easing off: the caption follows the reader, never the clock.
    await page.locator(FLOW.stress).focus();
    await page.keyboard.press('Home');
    await page.locator(FLOW.holding).focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.steady);
    assert.equal(await page.locator(FLOW.tears).getAttribute('d'), '', 'the tears have passed');

    assert.deepEqual(await axe(page), [], 'axe in reduced motion');
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
