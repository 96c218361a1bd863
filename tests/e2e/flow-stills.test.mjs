// The flow under reduced motion, end to end at both widths: still pictures the reader steps
// through with Previous and Next, no animation frames, focus kept at the ends, axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot } from './checks.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { tapOrClick } from '../shared/chromium.mjs';
import { FLOW } from '../shared/selectors.mjs';
import { pressure, caption, openFlow, assertNoFrames } from './flow.mjs';

const site = useSite();

for (const vp of VIEWPORTS) {
  test(`${vp.name}: reduced motion shows still pictures to step through, with no animation`, async () => {
    const { context, page, errors } = await openFlow(site, vp, { reducedMotion: 'reduce' });
    await page.waitForSelector('.flow-stepper');
    await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
    await assertNoFrames(page, 'no animation under reduced motion');
    assert.equal(await page.locator(FLOW.pause).count(), 0);
    const names = ['Flowing', 'Stuck', 'Pressure', 'Release'];
    const next = page.getByRole('button', { name: 'Next' });
    const previous = page.getByRole('button', { name: 'Previous' });
    assert.equal(await previous.isDisabled(), true);
    const pressures = [];
    for (let i = 0; i < names.length; i += 1) {
      assert.match(await caption(page), new RegExp(`Picture ${i + 1} of 4: ${names[i]}`));
      pressures.push(await pressure(page));
      await screenshot(page, `flow-still-${i + 1}-${names[i].toLowerCase()}-${vp.name}`);
      if (i < names.length - 1) {
        await tapOrClick(vp, next);
      }
    }
    assert.equal(await next.isDisabled(), true);
    // Pressed at the end, Next keeps keyboard focus (aria-disabled, not disabled), so a
    // screen reader does not lose its place; the picture stays the last.
    await next.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Next');
    assert.match(await caption(page), /Picture 4 of 4/);
    // It still looks unavailable, but only its colours fade: opacity would fade its focus
    // ring with it (to near nothing in dark), and the ring is how a keyboard reader sees
    // where they are.
    const look = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement);
      return { opacity: s.opacity, ring: s.outlineStyle, background: s.backgroundColor };
    });
    assert.equal(look.opacity, '1', 'the focused, unavailable Next is not faded as a whole');
    assert.equal(look.ring, 'solid', 'the focused, unavailable Next shows its focus ring');
    assert.match(look.background, /color\(srgb [\d. ]+\/ 0\.5\)|rgba\(.*0\.5\)/, `its fill is faded: ${look.background}`);
    assert.ok(pressures[2] > pressures[1] && pressures[3] < pressures[2], `pressures ${pressures}`);
    assert.notEqual(await page.locator(FLOW.tears).getAttribute('d'), '', 'tears in the release still');
    await page.locator('.flow-stepper').scrollIntoViewIfNeeded();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    assert.match(await caption(page), /Picture 3 of 4/);
    assert.deepEqual(await axe(page), [], 'axe in reduced motion');
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
