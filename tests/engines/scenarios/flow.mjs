// The flow, in every engine: sliders by pointer and keys, Open the channel, and Pause
// stopping every animation frame until Play.
import assert from 'node:assert/strict';
import { screen } from '../../shared/pages.mjs';
import { FLOW } from '../../shared/selectors.mjs';
import { FLOW_CAPTION } from '../../shared/wording.mjs';
import { open, text } from '../page-helpers.mjs';
import { readPng, rgbOf, sameColour } from '../../shared/png.mjs';

export const FLOW_SCENARIOS = [
  ['the flow: sliders, Open the channel, Pause and Play', async (d, { origin }) => {
    await open(d, origin, screen('flow').address);
    await d.waitForSelector(FLOW.visual);
    await d.eval((stage) => {
      document.querySelector(stage).scrollIntoView({ block: 'center' });
      window.__frames = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => { window.__frames += 1; return raf(cb); };
    }, FLOW.stage);
    const frames = () => d.eval(() => window.__frames);
    const pressure = async () => Number(await d.eval((s) => document.querySelector(s).dataset.pressure, FLOW.pressure));
    const drawn = (selector) => d.eval((s) => document.querySelector(s).getAttribute('d'), selector);
    const particles = () => drawn(FLOW.particles);
    const value = (selector) => d.eval((s) => document.querySelector(s).value, selector);
    assert.equal(await text(d, FLOW.caption), FLOW_CAPTION.steady);
    const p0 = await particles();
    await d.waitFor(([s, p]) => document.querySelector(s).getAttribute('d') !== p, [FLOW.particles, p0], { message: 'particles move' });

    // Stress by pointer (the middle of the track), then both sliders by keyboard.
    await d.click(FLOW.stress);
    const mid = Number(await value(FLOW.stress));
    assert.ok(mid >= 3 && mid <= 7, `a click in the middle of the stress slider gives ${mid}`);
    await d.press('End');
    assert.equal(await value(FLOW.stress), '10');
    await d.eval((s) => document.querySelector(s).focus(), FLOW.holding);
    for (let i = 0; i < 7; i += 1) await d.press('ArrowRight');
    assert.equal(await value(FLOW.holding), '7');
    assert.match(await d.eval((s) => document.querySelector(s).parentElement.textContent, FLOW.holding), /7 of 10/);
    await d.press('End');
    await d.waitFor(([s, t]) => document.querySelector(s).textContent === t, [FLOW.caption, FLOW_CAPTION.building]);
    await d.waitFor((s) => Number(document.querySelector(s).dataset.pressure) >= 50, FLOW.pressure, { timeout: 10_000, message: 'pressure builds' });
    await d.screenshot('flow-building');
    // The gauge's bar is drawn in the site's colour (the glow's), not the engine's own:
    // Firefox drew its green "good" bar, beside "Pressure can build", until the meter
    // lost its native look. Read from the screen, as no style reaches the bar's pixels.
    await d.eval((s) => document.querySelector(s).scrollIntoView({ block: 'center', behavior: 'instant' }), FLOW.pressure);
    await d.waitFor(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))));
    const gauge = await d.eval((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      const glow = getComputedStyle(document.querySelector('.flow-figure__glow')).fill;
      return { x: r.left + r.width * 0.25, y: r.top + r.height / 2, width: innerWidth, glow };
    }, FLOW.pressure);
    const shot = readPng(await d.viewportPng());
    const scale = shot.width / gauge.width;
    const bar = shot.at(gauge.x * scale, gauge.y * scale);
    await d.eval((stage) => document.querySelector(stage).scrollIntoView({ block: 'center', behavior: 'instant' }), FLOW.stage);
    assert.ok(sameColour(bar, rgbOf(gauge.glow)), `the pressure bar is ${bar}, not the site's ${gauge.glow}`);

    const before = await pressure();
    await d.click(FLOW.release);
    await d.waitFor(([s, t]) => document.querySelector(s).textContent === t, [FLOW.caption, FLOW_CAPTION.lettingGo]);
    await d.wait(700);
    assert.notEqual(await drawn(FLOW.tears), '', 'tears fall');
    await d.screenshot('flow-letting-go');
    await d.wait(800);
    const during = await pressure();
    assert.ok(during < before, `pressure falls: ${before} then ${during}`);

    // Pause stops every animation frame and the picture; Play starts them again.
    await d.click(FLOW.pause);
    assert.equal(await text(d, FLOW.pause), 'Play');
    await d.wait(150);
    const n = await frames();
    const still = await particles();
    await d.wait(400);
    assert.equal(await frames(), n, 'no frames while paused');
    assert.equal(await particles(), still, 'still while paused');
    await d.click(FLOW.pause);
    assert.equal(await text(d, FLOW.pause), 'Pause');
    const m = await frames();
    await d.wait(300);
    assert.ok(await frames() > m, 'frames again after Play');
  }],
];
