// Embedding: host pages on another origin embed the app by the snippet and by a plain
// iframe. The iframe follows the content's height, ignores forged messages, honours
// options (and ignores a bad "find a therapist" link), and survives a hostile host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, useHost, openPage, waitForInteractive } from './harness.mjs';
import { screenshot, hasHorizontalScroll } from './checks.mjs';
import { finishQuiz } from './quiz.mjs';
import { widgetFrame, waitForFit } from './widget.mjs';
import { DIST, STEPS, SECTIONS, screen, stepAddress, framePath, oldLink } from '../shared/pages.mjs';
import { phoneSized, tabletSized, desktopSized } from '../shared/viewports.mjs';
import { NAV_LINK, TEARS } from '../shared/selectors.mjs';

/** The frame's page below the site's folder, e.g. `frame/flow/`. */
const pathIn = (frame) => frame.evaluate((f) => location.pathname.slice(Math.max(0, location.pathname.indexOf(f))), framePath(''));
/** Waits until the frame shows the page at `path` below the site's folder. */
const waitForPath = (frame, path) => frame.waitForFunction((p) => location.pathname.endsWith(`/${p}`), path);
/** The embedded copy of a section's own page (or home's). */
const frameOf = (which) => framePath(screen(which).address);
/** The navigation's links in order: Home, then each section. */
const NAV = ['home', ...SECTIONS];

const WIDTHS = [
  phoneSized(320, 568, '320'), phoneSized(375, 667, '375'), phoneSized(412, 915, '412'),
  tabletSized(768, 1024, '768'), desktopSized(1280, 800, '1280'),
];

const site = useSite();
const host = useHost(site);

/** Writes a fixture page for the host site; returns its URL. */
const fixture = (file, values) => host.page(file, values);

for (const vp of WIDTHS) {
  test(`${vp.name}px: the snippet embeds a fitting, titled, lazy iframe that follows the content`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await page.goto(fixture('host-snippet.html'));
    const { handle, frame } = await widgetFrame(page);
    assert.equal(await handle.getAttribute('title'), 'Three kinds of tears · Why we cry', 'named for its section');
    assert.equal(await handle.getAttribute('loading'), 'lazy');
    const box = await handle.boundingBox();
    const column = await page.locator('#widget').boundingBox();
    assert.ok(Math.abs(box.width - column.width) <= 1, `full width: ${box.width} vs ${column.width}`);
    assert.equal(await handle.evaluate((f) => getComputedStyle(f).borderTopWidth), '0px');
    // The section's own page in the embed layout, no page header of its own, compact
    // support kept.
    assert.equal(await pathIn(frame), frameOf('tears'));
    assert.equal(await frame.locator('.brand').count(), 0);
    assert.ok(await frame.locator('a[href="tel:116123"]').count() >= 1);
    await waitForFit(page, handle, frame);
    // Move between sections inside the frame: the height follows every time, and so does
    // the frame's name, which a screen reader's list of frames reads.
    for (const name of ['flow', 'reflect', 'home', 'tears']) {
      await frame.locator(NAV_LINK).nth(NAV.indexOf(name)).click();
      await waitForPath(frame, frameOf(name));
      await waitForFit(page, handle, frame);
      const title = await frame.title();
      await page.waitForFunction(([f, t]) => f.title === t, [handle, title]);
    }
    // Step through the walkthrough: each step has its own height, and the frame follows.
    for (let step = 2; step <= STEPS; step += 1) {
      await frame.locator(`a${TEARS.next}`).click();
      await waitForPath(frame, framePath(stepAddress(step)));
      await waitForFit(page, handle, frame);
    }
    // Finish the quiz: the results are much taller than a question.
    await frame.locator(NAV_LINK).nth(NAV.indexOf('reflect')).click();
    await waitForPath(frame, frameOf('reflect'));
    await finishQuiz(frame);
    await waitForFit(page, handle, frame);
    assert.equal(await hasHorizontalScroll(page), false);
    await screenshot(page, `embed-host-${vp.name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a hostile host stylesheet changes nothing inside or around the widget', async () => {
  const vp = WIDTHS[0];
  const { context, page, errors } = await openPage(site.browser, vp);
  await page.goto(fixture('host-hostile.html'));
  const { handle, frame } = await widgetFrame(page);
  const style = await handle.evaluate((f) => {
    const s = getComputedStyle(f);
    return { border: s.borderTopWidth, opacity: s.opacity, transform: s.transform, display: s.display, position: s.position };
  });
  assert.deepEqual(style, { border: '0px', opacity: '1', transform: 'none', display: 'block', position: 'static' });
  const column = await page.locator('.column').boundingBox();
  const box = await handle.boundingBox();
  assert.ok(Math.abs(box.width - column.width) <= 1, `fills the 280px column: ${box.width}`);
  await waitForFit(page, handle, frame);
  // The host's fonts and colours do not reach inside.
  const inside = await frame.evaluate(() => ({ font: getComputedStyle(document.body).fontFamily, colour: getComputedStyle(document.querySelector('main h1')).color }));
  assert.ok(!/Comic|Papyrus|fantasy/.test(inside.font), inside.font);
  assert.notEqual(inside.colour, 'rgb(255, 0, 255)');
  assert.equal(await hasHorizontalScroll(frame), false);
  await screenshot(page, 'embed-hostile-320');
  assert.deepEqual(errors, []);
  await context.close();
});

test('forged resize messages from the host page or another frame are ignored', async () => {
  const { context, page, errors } = await openPage(site.browser, WIDTHS[4]);
  await page.goto(fixture('host-snippet.html'));
  const { handle, frame } = await widgetFrame(page);
  await waitForFit(page, handle, frame);
  const before = (await handle.boundingBox()).height;
  await page.evaluate(() => {
    const forged = { type: 'crying-explainer:resize', height: 7, section: 'evil' };
    window.postMessage(forged, '*');
    const other = document.createElement('iframe');
    other.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged)}, '*')<\/script>`;
    document.body.appendChild(other);
    for (const bad of [null, 'x', { type: 'crying-explainer:resize', height: 'NaN' }, { type: 'crying-explainer:resize', height: 1e9 }]) window.postMessage(bad, '*');
  });
  await page.waitForTimeout(500);
  assert.equal((await handle.boundingBox()).height, before);
  assert.notEqual(await handle.getAttribute('data-section'), 'evil');
  assert.deepEqual(errors, []);
  await context.close();
});

test('options: theme, accent, starting section and an https "find a therapist" link, from the first frame', async () => {
  const { context, page, errors } = await openPage(site.browser, WIDTHS[1]);
  // Every animation frame of the embedded page, from its first: the theme, background and
  // accent it paints with. A flash of the wrong look would show as an early sample.
  await page.addInitScript(() => {
    if (window === window.top) return;
    window.__looks = [];
    const sample = () => {
      if (document.body) {
        const root = getComputedStyle(document.documentElement);
        window.__looks.push({
          theme: document.documentElement.dataset.theme ?? null,
          background: getComputedStyle(document.body).backgroundColor,
          primary: root.getPropertyValue('--color-primary').trim(),
          heading: document.querySelector('main h1')?.textContent ?? null,
          loading: document.readyState === 'loading',
        });
      }
      if (window.__looks.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(fixture('host-snippet.html', { SECTION: 'flow', THEME: 'dark', ACCENT: '#F5C77E', THERAPIST: 'https://directory.example/find-a-therapist' }));
  const { frame } = await widgetFrame(page);
  assert.equal(await pathIn(frame), frameOf('flow'));
  const looks = await frame.evaluate(() => window.__looks);
  assert.ok(looks.length > 0, 'sampled from the first frame');
  // Without the pre-paint script the first samples would be light until the app starts.
  const heading = screen('flow').heading;
  for (const { loading, ...look } of looks) {
    // While the frame's file is still arriving, its heading may not be parsed whole yet;
    // the look must be right regardless.
    const partly = loading && heading.startsWith(look.heading ?? '');
    assert.deepEqual(look, { theme: 'dark', background: 'rgb(18, 24, 29)', primary: '#f5c77e', heading: partly ? look.heading : heading });
  }
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(18, 24, 29)');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim()), '#f5c77e');
  const link = frame.locator('.support__therapist a');
  assert.equal(await link.getAttribute('href'), 'https://directory.example/find-a-therapist');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener');
  await screenshot(page, 'embed-options-dark-375');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad "find a therapist" link is ignored, by the snippet and by the plain iframe', async () => {
  const { context, page, errors } = await openPage(site.browser, WIDTHS[1]);
  for (const bad of ['javascript:alert(1)', 'http://insecure.example/', 'https://evil.example/"><script>']) {
    await page.goto(fixture('host-snippet.html', { THERAPIST: bad }));
    const { frame } = await widgetFrame(page);
    assert.equal(await frame.locator('.support__therapist a').getAttribute('href'), 'https://www.counselling-directory.org.uk/', bad);
  }
  const therapist = encodeURIComponent('javascript:alert(1)');
  await page.goto(fixture('host-iframe.html', { SRC: site.url(`${frameOf('tears')}?therapist=${therapist}`) }));
  const { frame } = await widgetFrame(page, '#plain');
  assert.equal(await frame.locator('.support__therapist a').getAttribute('href'), 'https://www.counselling-directory.org.uk/');
  assert.equal(await pathIn(frame), frameOf('tears'));
  await screenshot(page, 'embed-plain-iframe-375');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the loader is small and has no dependencies', () => {
  const loader = readdirSync(DIST).find((f) => f === 'embed.js');
  assert.ok(loader, `${DIST}/embed.js exists`);
  const code = readFileSync(join(DIST, loader), 'utf8');
  assert.ok(!/\bimport\b|\brequire\(/.test(code));
});

test('an iframe pasted from before pages had addresses still opens its section in the embed layout', async () => {
  const { context, page, errors } = await openPage(site.browser, WIDTHS[1]);
  await page.goto(fixture('host-iframe.html', { SRC: site.url(`?embed=1&theme=dark${oldLink(screen('reflect').address)}`) }));
  const { frame } = await widgetFrame(page, '#plain');
  await waitForPath(frame, frameOf('reflect'));
  await waitForInteractive(frame);
  assert.equal(await frame.evaluate(() => location.search), '?theme=dark');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await frame.locator('.brand').count(), 0);
  // The old address is the site's home page, whose pre-paint script sends the frame on at
  // once; the browser may already have started the home page's preloads (the wasm, the
  // glue, the next pages' words), and cancels them as it leaves. A cancelled request of
  // the page being left is not an error.
  const leftBehind = /^requestfailed: \S+(\.wasm|\.js|\/words-[\w-]+\.json) net::ERR_ABORTED$/;
  assert.deepEqual(errors.filter((e) => !leftBehind.test(e)), []);
  await context.close();
});
