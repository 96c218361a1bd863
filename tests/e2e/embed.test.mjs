// Embedding: host pages on another origin embed the app by the snippet and by a plain
// iframe. The iframe follows the content's height, ignores forged messages, honours
// options (and ignores a bad "find a therapist" link), and survives a hostile host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, startHost, openPage, screenshot, finishQuiz } from './harness.mjs';

/** The frame's page below the site's folder, e.g. `frame/flow/`. */
const framePath = (frame) => frame.evaluate(() => location.pathname.replace(/^.*?(?=frame\/)/, ''));
/** Waits until the frame shows the page at `path` below the site's folder. */
const waitForPath = (frame, path) => frame.waitForFunction((p) => location.pathname.endsWith(`/${p}`), path);
/** The navigation's links in order: Home, Tears, Flow, Reflect. */
const NAV = { home: 0, tears: 1, flow: 2, reflect: 3 };

const WIDTHS = [
  { name: '320', viewport: { width: 320, height: 568 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: '375', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: '412', viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: '768', viewport: { width: 768, height: 1024 }, isMobile: false, hasTouch: true, deviceScaleFactor: 1 },
  { name: '1280', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
];

let site;
let host;

/** Writes a fixture page for the host site; returns its URL. */
const fixture = (file, values) => host.page(file, values);

before(async () => {
  site = await startSite();
  host = await startHost(site.url('').replace(/\/$/, ''));
});
after(async () => {
  await site?.stop();
  await host?.stop();
});

/** The widget's frame once the app inside it has mounted. */
async function widgetFrame(page, selector = '#widget iframe') {
  const handle = await page.waitForSelector(selector, { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await frame.waitForSelector('main#main h1');
  return { handle, frame };
}

/** Waits until the iframe's height matches its content (within a few pixels). */
async function waitForFit(page, handle, frame) {
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    last = { outer, inner, scroll };
    if (Math.abs(outer - inner) <= 4 && scroll <= 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`iframe does not fit its content: ${JSON.stringify(last)}`);
}

for (const vp of WIDTHS) {
  test(`${vp.name}px: the snippet embeds a fitting, titled, lazy iframe that follows the content`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await page.goto(fixture('host-snippet.html'));
    const { handle, frame } = await widgetFrame(page);
    assert.equal(await handle.getAttribute('title'), 'Why we cry: an interactive guide to tears, feelings and therapy');
    assert.equal(await handle.getAttribute('loading'), 'lazy');
    const box = await handle.boundingBox();
    const column = await page.locator('#widget').boundingBox();
    assert.ok(Math.abs(box.width - column.width) <= 1, `full width: ${box.width} vs ${column.width}`);
    assert.equal(await handle.evaluate((f) => getComputedStyle(f).borderTopWidth), '0px');
    // The section's own page in the embed layout, no page header of its own, compact
    // support kept.
    assert.equal(await framePath(frame), 'frame/tears/');
    assert.equal(await frame.locator('.brand').count(), 0);
    assert.ok(await frame.locator('a[href="tel:116123"]').count() >= 1);
    await waitForFit(page, handle, frame);
    // Move between sections inside the frame: the height follows every time.
    for (const [name, path] of [['flow', 'frame/flow/'], ['reflect', 'frame/reflect/'], ['home', 'frame/'], ['tears', 'frame/tears/']]) {
      await frame.locator('.nav__link').nth(NAV[name]).click();
      await waitForPath(frame, path);
      await waitForFit(page, handle, frame);
    }
    // Step through the walkthrough: each step has its own height, and the frame follows.
    for (let step = 2; step <= 6; step += 1) {
      await frame.locator('a.tears__next').click();
      await waitForPath(frame, `frame/tears/${step}/`);
      await waitForFit(page, handle, frame);
    }
    // Finish the quiz: the results are much taller than a question.
    await frame.locator('.nav__link').nth(NAV.reflect).click();
    await waitForPath(frame, 'frame/reflect/');
    await finishQuiz(frame);
    await waitForFit(page, handle, frame);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
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
  assert.equal(await frame.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false);
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
        });
      }
      if (window.__looks.length < 600) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(fixture('host-snippet.html', { SECTION: 'flow', THEME: 'dark', ACCENT: '#F5C77E', THERAPIST: 'https://directory.example/find-a-therapist' }));
  const { frame } = await widgetFrame(page);
  assert.equal(await framePath(frame), 'frame/flow/');
  const looks = await frame.evaluate(() => window.__looks);
  assert.ok(looks.length > 0, 'sampled from the first frame');
  // Without the pre-paint script the first samples would be light until the app starts.
  for (const look of looks) {
    assert.deepEqual(look, { theme: 'dark', background: 'rgb(18, 24, 29)', primary: '#f5c77e', heading: 'When feelings get stuck' });
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
  await page.goto(fixture('host-iframe.html', { SRC: site.url(`frame/tears/?therapist=${therapist}`) }));
  const { frame } = await widgetFrame(page, '#plain');
  assert.equal(await frame.locator('.support__therapist a').getAttribute('href'), 'https://www.counselling-directory.org.uk/');
  assert.equal(await framePath(frame), 'frame/tears/');
  await screenshot(page, 'embed-plain-iframe-375');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the loader is small and has no dependencies', () => {
  const dist = process.env.DIST ?? 'dist';
  const loader = readdirSync(dist).find((f) => f === 'embed.js');
  assert.ok(loader, 'dist/embed.js exists');
  const code = readFileSync(join(dist, loader), 'utf8');
  assert.ok(!/\bimport\b|\brequire\(/.test(code));
});

test('an iframe pasted from before pages had addresses still opens its section in the embed layout', async () => {
  const { context, page, errors } = await openPage(site.browser, WIDTHS[1]);
  await page.goto(fixture('host-iframe.html', { SRC: site.url('?embed=1&theme=dark#/reflect') }));
  const { frame } = await widgetFrame(page, '#plain');
  await waitForPath(frame, 'frame/reflect/');
  await frame.waitForFunction(() => performance.getEntriesByName('app-interactive').length > 0);
  assert.equal(await frame.evaluate(() => location.search), '?theme=dark');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await frame.locator('.brand').count(), 0);
  // The old address is the site's home page, whose pre-paint script sends the frame on at
  // once; the browser may already have started the home page's preloads, and cancels them
  // as it leaves. A cancelled request of the page being left is not an error.
  const leftBehind = /^requestfailed: \S+\.(wasm|js) net::ERR_ABORTED$/;
  assert.deepEqual(errors.filter((e) => !leftBehind.test(e)), []);
  await context.close();
});
