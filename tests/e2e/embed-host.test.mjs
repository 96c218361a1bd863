// What an editor's page may do around the snippet, and what the reader then sees: the
// loader placed anywhere and a placeholder that arrives late; several guides in one
// article, each frame named for its section; a section it does not know; the article not
// jumping when the guide arrives; a see-through guide only where its text can be read; a frame that
// fits without the app; moves that leave the article's history alone; copying inside the
// frame; a host policy that forbids the frame. Host pages on another origin, each written
// here and served at the host's address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, useHost, withPage, waitForInteractive } from './harness.mjs';
import { startHost } from '../shared/host.mjs';
import { screenshot } from './checks.mjs';
import { finishQuiz } from './quiz.mjs';
import { waitForFit } from './widget.mjs';
import { SECTIONS, screen, framePath } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { APP_HEADING, NAV_LINK, QUIZ } from '../shared/selectors.mjs';
import { COPY_SAYS } from '../shared/wording.mjs';

const site = useSite();
const host = useHost(site);

/** A page of the host site (or of `on`) with `body` (and `head`); returns its URL. */
function hostPage({ head = '', body }, on = host) {
  return on.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Host article</title>${head}</head><body style="margin:0">${body}</body></html>`);
}

/** The loader's script element, from the app's folder. */
const loader = (attrs = 'async') => `<script src="${site.url('embed.js')}" ${attrs}></script>`;

/** The iframe the loader put in the placeholder `selector`, once its page has a heading. */
async function guideIn(page, selector) {
  const handle = await page.waitForSelector(`${selector} iframe`, { state: 'attached' });
  await handle.scrollIntoViewIfNeeded();
  const frame = await handle.contentFrame();
  await frame.waitForSelector(APP_HEADING);
  return { handle, frame };
}

test('the guide appears wherever the loader is and whenever its placeholder arrives', async () => {
  await withPage(site.browser, PHONE, {}, async ({ page, errors }) => {
    // A loader in the head, without async: it runs before the placeholder exists.
    await page.goto(hostPage({
      head: loader(''),
      body: '<p>An article.</p><div id="slot" data-crying-explainer data-section="flow"></div>',
    }));
    const early = await guideIn(page, '#slot');
    assert.equal(await early.frame.evaluate(() => location.pathname.endsWith('/frame/flow/')), true);
    await waitForFit(page, early.handle, early.frame);
    // A placeholder the host's own script adds after the page has loaded (a tab, "load more"),
    // written as HTML, as a content system would.
    await page.goto(hostPage({
      body: `<p>An article.</p><div id="tab"></div>${loader()}
        <script>addEventListener('load', () => setTimeout(() => {
          document.getElementById('tab').innerHTML = '<div id="late" data-crying-explainer data-section="reflect"></div>';
        }, 300));</script>`,
    }));
    const late = await guideIn(page, '#late');
    assert.equal(await late.frame.evaluate(() => location.pathname.endsWith('/frame/reflect/')), true);
    await waitForFit(page, late.handle, late.frame);
    assert.equal(await page.locator('iframe').count(), 1, 'one guide for one placeholder');
    assert.deepEqual(errors, []);
  });
});

test('several guides in one article: each frame is named for its section, as its page is titled', async () => {
  await withPage(site.browser, PHONE, {}, async ({ page, errors }) => {
    const slots = ['', ...SECTIONS].map((section, i) => `<div id="g${i}" data-crying-explainer${section ? ` data-section="${section}"` : ''}></div>`);
    await page.goto(hostPage({ body: `<p>An article.</p>${slots.join('<p>More of it.</p>')}${loader()}` }));
    const names = [];
    for (let i = 0; i < slots.length; i += 1) {
      const { handle, frame } = await guideIn(page, `#g${i}`);
      const name = await handle.getAttribute('title');
      // A screen reader's list of frames reads what the frame's own page is titled.
      assert.equal(name, await frame.title(), `guide ${i}`);
      names.push(name);
    }
    assert.equal(new Set(names).size, slots.length, `every name differs: ${names.join(' | ')}`);
    assert.ok(names.every((name) => name.endsWith('Why we cry') || name.startsWith('Why we cry')), names.join(' | '));
    assert.deepEqual(errors, []);
  });
});

test('a section the loader does not know shows the start of the guide, and tells the editor why', async () => {
  await withPage(site.browser, PHONE, {}, async ({ page, errors }) => {
    await page.goto(hostPage({ body: `<p>An article.</p><div id="typo" data-crying-explainer data-section="Reflect"></div>${loader()}` }));
    const { handle, frame } = await guideIn(page, '#typo');
    assert.equal(await frame.evaluate(() => location.pathname.endsWith('/frame/')), true);
    assert.equal(await handle.getAttribute('title'), await frame.title());
    assert.deepEqual(errors, ['console.warning: Why we cry: no section "Reflect" (tears, flow or reflect); showing the start.']);
  });
});

test('the article below does not jump when the guide arrives: the snippet keeps its first height', async () => {
  // (No service worker: it would answer the guide's page past the route that holds it.)
  await withPage(site.browser, PHONE, { serviceWorkers: 'block' }, async ({ page }) => {
    // The snippet exactly as "Embed this" gives it to an editor.
    await page.goto(site.url(screen('embed').address));
    await waitForInteractive(page);
    const snippet = await page.locator('#snippet-loader').textContent();
    // The loader waits until the article is measured, and the guide's page never answers,
    // so nothing but the loader's own frame can move the text below.
    let release;
    const held = new Promise((ok) => { release = ok; });
    await page.route('**/embed.js', async (route) => { await held; await route.continue(); });
    await page.route(`**/${framePath('')}**`, (route) => route.abort());
    await page.goto(hostPage({ body: `<p>An article.</p>${snippet}<p id="after">Text after the guide.</p>` }), { waitUntil: 'domcontentloaded' });
    const before = await page.locator('#after').boundingBox();
    release();
    await page.waitForSelector('[data-crying-explainer] iframe', { state: 'attached' });
    const after = await page.locator('#after').boundingBox();
    assert.equal(after.y, before.y, 'the text after the guide stayed where it was');
  });
});

/** Two small squares of the screen's pixels are the same colour (PNGs of one colour are
 * byte for byte the same). */
async function samePaint(page, a, b) {
  const shot = (at) => page.screenshot({ clip: { x: at.x, y: at.y, width: 2, height: 2 } });
  return (await shot(a)).equals(await shot(b));
}

test('a see-through guide shows the host page behind it only with a fixed theme, so its text suits that page', async () => {
  const navy = '#1d3557';
  for (const [theme, seeThrough] of [['dark', true], ['auto', false]]) {
    // The reader's device is in light mode; the host page is always dark.
    await withPage(site.browser, PHONE, { colorScheme: 'light' }, async ({ page }) => {
      await page.goto(hostPage({
        body: `<div style="background:${navy};padding:40px 0 0"><div id="slot" data-crying-explainer data-theme="${theme}" data-background="transparent"></div></div>${loader()}`,
      }));
      const { handle, frame } = await guideIn(page, '#slot');
      await waitForFit(page, handle, frame);
      await page.evaluate(() => window.scrollTo(0, 0));
      const box = await handle.boundingBox();
      // The guide's own side margin (no card reaches it), and the host page just above.
      const inside = { x: box.x + 4, y: box.y + 300 };
      const outside = { x: box.x + 4, y: box.y - 20 };
      assert.equal(await samePaint(page, inside, outside), seeThrough, `theme ${theme}`);
      assert.equal(new URL(await handle.getAttribute('src')).searchParams.get('bg'), seeThrough ? 'transparent' : null);
      if (seeThrough) {
        // The dark palette's light text on the navy page, not the light palette's dark text.
        assert.equal(await frame.evaluate(() => document.documentElement.dataset.theme), 'dark');
        const text = await frame.evaluate(() => getComputedStyle(document.querySelector('main p')).color);
        assert.ok(text.match(/\d+/g).slice(0, 3).every((c) => Number(c) > 150), `light text: ${text}`);
      }
      await screenshot(page, `embed-see-through-${theme}`);
    });
  }
});

test('without the app (its code never arrives), the frame still fits the whole page', async () => {
  await withPage(site.browser, PHONE, {}, async ({ context, page }) => {
    // The JS glue: the wasm comes inside the page, but cannot start without it.
    await context.route(/crying-explainer-[0-9a-f]+\.js$/, (route) => route.abort());
    await page.goto(host.page('host-snippet.html'));
    const { handle, frame } = await guideIn(page, '#widget');
    const fit = await waitForFit(page, handle, frame);
    assert.ok(fit.outer > 1500, `the frame grew past its first 640 px to ${fit.outer}`);
    // Everything is there to read, down to the last support line.
    assert.ok(await frame.locator('a[href="tel:08001111"]').count() >= 1);
  });
});

test('inside a host page, moves leave the article\'s history alone, and copying works', async () => {
  await withPage(site.browser, PHONE, {}, async ({ context, page, errors }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.goto(host.page('host-snippet.html'));
    const { handle, frame } = await guideIn(page, '#widget');
    await waitForInteractive(frame);
    const length = await page.evaluate(() => history.length);
    const nav = ['home', ...SECTIONS];
    for (const name of ['flow', 'home', 'reflect']) {
      await frame.locator(NAV_LINK).nth(nav.indexOf(name)).click();
      await frame.waitForFunction((p) => location.pathname.endsWith(`/${p}`), framePath(screen(name).address));
    }
    assert.equal(await page.evaluate(() => history.length), length, 'no history entry for a move inside the guide');
    await finishQuiz(frame);
    await frame.locator(QUIZ.copy).click();
    await frame.waitForFunction((says) => document.querySelector('.share__status')?.textContent.startsWith(says), COPY_SAYS[0]);
    await waitForFit(page, handle, frame);
    assert.deepEqual(errors, []);
  });
});

test('a host page whose policy forbids the frame shows a link to the guide, not an empty box', async () => {
  await withPage(site.browser, PHONE, {}, async ({ page }) => {
    const policy = `default-src 'none'; script-src ${site.origin}; style-src 'unsafe-inline'`;
    const strict = await startHost(site.url('').replace(/\/$/, ''), { headers: { 'Content-Security-Policy': policy } });
    try {
      await page.goto(hostPage({
        body: `<p>An article.</p><div id="slot" data-crying-explainer data-section="flow"></div>${loader()}`,
      }, strict));
    } finally {
      await strict.stop();
    }
    const link = page.locator('#slot a');
    await link.waitFor();
    assert.equal(await page.locator('#slot iframe').count(), 0);
    assert.equal(await link.getAttribute('href'), site.url(screen('flow').address));
    assert.match(await link.textContent(), /^Why we cry/);
    const slot = await page.locator('#slot').boundingBox();
    assert.ok(slot.height < 100, `no empty box is kept (${slot.height} px)`);
  });
});
