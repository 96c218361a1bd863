// High contrast (Windows' forced colours): the system paints every control in its own
// colours and drops the page's fills. Where a fill alone marks a state (the figure's
// chosen setting, the walkthrough's current step), the system's selection colours mark
// it instead, so a reader using the mode still sees which is chosen. And more contrast,
// where a device asks for it: borders as strong as muted text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { screen, stepAddress } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { FIGURE, HEADING, TEARS } from '../shared/selectors.mjs';

const site = useSite();
/** Whether `locator`'s background is painted in a colour other than the page's own (a
 * transparent fill of the page's colour looks the same as none). */
const standsOut = (locator) => locator.evaluate((el) => {
  const rgba = (c) => c.match(/[\d.]+/g).map(Number);
  const [r, g, b, a = 1] = rgba(getComputedStyle(el).backgroundColor);
  const [pr, pg, pb] = rgba(getComputedStyle(document.body).backgroundColor);
  return a > 0.5 && (r !== pr || g !== pg || b !== pb);
});

/** Whether `check` comes true within a second: a button's fill eases in over 150 ms
 * (`.button`'s transition), so a look right after the press can land mid-way, with the
 * colour still mostly transparent (seen once in a loaded CI run). */
async function soon(check) {
  const end = Date.now() + 1000;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`forced colours (${colorScheme}): the chosen setting and the current step stand out`, async () => {
    const { context, page, errors } = await openPage(site.browser, PHONE, { colorScheme });
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(site.url(stepAddress(3)));
    await waitForApp(page);
    const choices = page.locator(FIGURE.choice);
    await choices.first().click();
    assert.equal(await choices.first().getAttribute('aria-pressed'), 'true');
    // Away from the button, so its focus ring is not what shows it.
    await page.locator(HEADING).focus();
    assert.equal(await soon(() => standsOut(choices.first())), true, 'the chosen setting has a fill of its own');
    assert.equal(await standsOut(choices.nth(1)), false, 'the others have none');
    const mark = (selector) => page.locator(`${TEARS.dot}${selector} .tears__dot-mark`).first();
    assert.equal(await soon(() => standsOut(mark('[aria-current="step"]'))), true, 'the current step\'s dot is filled');
    assert.equal(await standsOut(mark(':not([aria-current])')), false, 'the other dots are rings');
    await screenshot(page, `forced-colours-${colorScheme}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`more contrast (${colorScheme}): answer cards and notes are edged as strongly as muted text, the flow's channel unchanged`, async () => {
    const { context, page, errors } = await openPage(site.browser, PHONE, { colorScheme });
    const edges = async () => {
      await page.goto(site.url(screen('flow').address));
      await waitForApp(page);
      return page.evaluate(() => ({
        note: getComputedStyle(document.querySelector('.evidence')).borderTopColor,
        muted: getComputedStyle(document.querySelector('.flow-slider__value')).color,
        channel: getComputedStyle(document.querySelector('.flow-figure__channel')).stroke,
      }));
    };
    const usual = await edges();
    assert.notEqual(usual.note, usual.muted, 'by default, light edges');
    await page.emulateMedia({ contrast: 'more' });
    const more = await edges();
    assert.equal(more.note, more.muted, 'more contrast: edges in the muted text colour');
    assert.equal(more.channel, usual.channel, 'the channel the dots move along keeps its colour');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
