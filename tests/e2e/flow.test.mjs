// The flow section, end to end on the release build at both widths: sliders by
// mouse, touch and keyboard, the caption, letting it out, pressure falling, pausing (no
// more animation frames), axe, screenshots of each state. Reduced motion's still picture
// is in flow-stills.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { frames, pressure, caption, openFlow as openFlowOf, assertNoFrames } from './flow.mjs';
import { axe, hasHorizontalScroll, screenshot, foreignRequests } from './checks.mjs';
import { screen } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE, phoneSized } from '../shared/viewports.mjs';
import { tapOrClick } from '../shared/chromium.mjs';
import { FLOW, HEADING, NAV_LINK } from '../shared/selectors.mjs';
import { FLOW_CAPTION as CAPTION } from '../shared/wording.mjs';

const site = useSite();

const openFlow = (vp, options) => openFlowOf(site, vp, options);

/** Sets a range input by pressing or tapping at a share of its width. */
async function pointAt(page, vp, selector, share) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  const box = await page.locator(selector).boundingBox();
  const x = box.x + 8 + (box.width - 16) * share;
  const y = box.y + box.height / 2;
  if (vp.hasTouch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: sliders by ${vp.hasTouch ? 'touch' : 'mouse'} and keyboard build pressure; letting it out lowers it`, async () => {
    const { context, page, errors, requests } = await openFlow(vp);
    await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
    assert.equal(await page.locator(HEADING).textContent(), screen('flow').heading);
    assert.match(await page.locator('.flow__metaphor').textContent(), /metaphor from Traditional Chinese Medicine/);
    // The idea's note, then one a research claim: holding feelings in, mood after crying.
    assert.equal(await page.locator('.evidence').count(), 3, 'three evidence notes');
    assert.equal(await caption(page), CAPTION.steady);
    // The caption changes on its own, so it is not live; what is said waits for the reader.
    assert.equal(await page.locator(FLOW.caption).getAttribute('aria-live'), null);
    assert.equal(await page.locator(FLOW.said).textContent(), '');
    // The picture is moving: frames are being requested and particles move.
    const d0 = await page.locator(FLOW.particles).getAttribute('d');
    await page.waitForTimeout(300);
    assert.notEqual(await page.locator(FLOW.particles).getAttribute('d'), d0, 'particles move');
    await screenshot(page, `flow-1-steady-${vp.name}`);

    // Record every caption change: it must change only when the state changes.
    await page.evaluate(() => {
      window.__captions = [];
      const el = document.querySelector('.flow-visual__caption');
      new MutationObserver(() => window.__captions.push(el.textContent))
        .observe(el, { childList: true, subtree: true, characterData: true });
    });

    // Stress by pointer (mouse on desktop, touch on the phone), near the top of the range.
    await pointAt(page, vp, '#flow-stress', 0.95);
    await page.waitForFunction(() => Number(document.querySelector('#flow-stress').value) >= 8);
    assert.match(await page.locator(FLOW.stress).locator('xpath=..').textContent(), /(8|9|10) of 10/);
    // Holding back by keyboard.
    await page.locator(FLOW.holding).focus();
    for (let i = 0; i < 7; i += 1) await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator(FLOW.holding).inputValue(), '7');
    assert.match(await page.locator(FLOW.holding).locator('xpath=..').textContent(), /7 of 10/);
    await page.keyboard.press('End');
    assert.equal(await page.locator(FLOW.holding).inputValue(), '10');

    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.building);
    await page.waitForFunction(() => Number(document.querySelector('#flow-pressure').dataset.pressure) >= 50, null, { timeout: 10_000 });
    await screenshot(page, `flow-2-building-${vp.name}`);
    assert.deepEqual(await axe(page), [], 'axe while building');

    // Open the channel: caption changes, tears fall, pressure falls.
    const before = await pressure(page);
    const release = page.getByRole('button', { name: 'Open the channel' });
    const box = await release.boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, 'Open the channel is a large target');
    await tapOrClick(vp, release);
    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.lettingGo);
    await page.waitForTimeout(700);
    assert.notEqual(await page.locator(FLOW.tears).getAttribute('d'), '', 'tears fall');
    await screenshot(page, `flow-3-letting-go-${vp.name}`);
    await page.waitForTimeout(800);
    const during = await pressure(page);
    assert.ok(during < before, `pressure falls: ${before} then ${during}`);
    await page.waitForFunction(() => Number(document.querySelector('#flow-pressure').dataset.pressure) <= 5, null, { timeout: 6_000 });

    // Ease off by keyboard: the caption returns to steady.
    await page.locator(FLOW.stress).focus();
    await page.keyboard.press('Home');
    await page.locator(FLOW.holding).focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.steady, { timeout: 10_000 });
    await screenshot(page, `flow-4-steady-again-${vp.name}`);

    const changes = await page.evaluate(() => window.__captions);
    assert.ok(changes.length <= 6, `caption changed ${changes.length} times: ${changes.join(' | ')}`);
    for (let i = 1; i < changes.length; i += 1) assert.notEqual(changes[i], changes[i - 1], 'no repeated announcement');

    // Every control is a large enough target.
    for (const sel of ['#flow-stress', '#flow-holding', '.flow-visual__pause', '.flow-controls__release']) {
      const b = await page.locator(sel).boundingBox();
      assert.ok(b.height >= 44, `${sel} is ${b.height} px tall`);
    }
    assert.equal(await hasHorizontalScroll(page), false);
    assert.deepEqual(errors, []);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    await context.close();
  });

  test(`${vp.name}: pause, scrolling away and a hidden tab stop the animation frames`, async () => {
    const { context, page, errors } = await openFlow(vp);
    await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
    const pause = page.locator(FLOW.pause);
    assert.equal(await pause.textContent(), 'Pause');
    const n = await frames(page);
    await page.waitForTimeout(300);
    assert.ok(await frames(page) > n, 'frames while playing');

    await tapOrClick(vp, pause);
    assert.equal(await pause.textContent(), 'Play');
    const d = await page.locator(FLOW.particles).getAttribute('d');
    await assertNoFrames(page, 'no frames while paused');
    assert.equal(await page.locator(FLOW.particles).getAttribute('d'), d, 'still while paused');
    await screenshot(page, `flow-5-paused-${vp.name}`);
    await tapOrClick(vp, pause);
    assert.equal(await pause.textContent(), 'Pause');
    const m = await frames(page);
    await page.waitForTimeout(300);
    assert.ok(await frames(page) > m, 'frames again after Play');

    // Scrolled out of view.
    await page.locator('.site-footer, footer').last().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await assertNoFrames(page, 'no frames off screen');
    await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
    const k = await frames(page);
    await page.waitForTimeout(300);
    assert.ok(await frames(page) > k, 'frames again on screen');

    // A hidden tab.
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await assertNoFrames(page, 'no frames in a hidden tab');
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const j = await frames(page);
    await page.waitForTimeout(300);
    assert.ok(await frames(page) > j, 'frames again when the tab is shown');

    // Leaving the section (by the navigation's home link) stops the loop.
    await tapOrClick(vp, page.locator(NAV_LINK).first());
    await page.waitForSelector('.home__title');
    assert.equal(page.url(), site.url(screen('home').address));
    await assertNoFrames(page, 'no frames after leaving the section');
    assert.deepEqual(errors, []);
    await context.close();
  });

}

test('phone: dark mode is legible and clean', async () => {
  const { context, page, errors } = await openFlow(PHONE, { colorScheme: 'dark' });
  await page.locator(FLOW.stress).focus();
  await page.keyboard.press('End');
  await page.locator(FLOW.holding).focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => Number(document.querySelector('#flow-pressure').dataset.pressure) >= 40, null, { timeout: 10_000 });
  await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
  await screenshot(page, 'flow-dark-building-phone');
  assert.deepEqual(await axe(page), [], 'axe in dark mode');
  assert.deepEqual(errors, []);
  await context.close();
});

test('320 px wide: the picture fills the column and nothing scrolls sideways', async () => {
  const narrow = phoneSized(320, 640, 'narrow');
  const { context, page, errors } = await openFlow(narrow);
  const column = await page.locator(FLOW.visual).boundingBox();
  const figure = await page.locator('.flow-figure').boundingBox();
  assert.ok(column.width >= 280, `column ${column.width}`);
  assert.ok(figure.width >= column.width - 40, `figure ${figure.width} in a ${column.width} column`);
  assert.equal(await hasHorizontalScroll(page), false);
  await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
  await screenshot(page, 'flow-1-steady-narrow');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Open the channel with nothing held back brings no tears, and says why', async () => {
  const { context, page, errors } = await openFlow(PHONE);
  await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
  assert.equal(await caption(page), CAPTION.steady);
  await tapOrClick(PHONE, page.getByRole('button', { name: 'Open the channel' }));
  await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.nothingToEase);
  await page.waitForFunction(() => document.querySelector('.flow-visual__said').textContent.trim() !== '');
  assert.equal((await page.locator(FLOW.said).textContent()).trim(), `The channel is open. ${CAPTION.nothingToEase}`);
  // A picture of tears for no reason would make the button one that makes the person cry.
  for (let i = 0; i < 5; i += 1) {
    assert.equal(await page.locator(FLOW.tears).getAttribute('d'), '', 'no tears');
    await page.waitForTimeout(300);
  }
  await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.steady, { timeout: 6_000 });
  assert.deepEqual(errors, []);
  await context.close();
});
