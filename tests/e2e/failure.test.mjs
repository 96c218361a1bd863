// Failure is calm: a panic (as the app starts, or on a later move) shows a calm screen
// with a reload link and the crisis numbers;
// if WebAssembly cannot run, the prerendered page stays with a short note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, startSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { DIST, screen, stepAddress } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE } from '../shared/viewports.mjs';
import { SUPPORT_LINKS } from '../shared/wording.mjs';
import { HEADING, TEARS } from '../shared/selectors.mjs';

// Built by the test command with `--features test-panic` (see scripts/test.sh).
const PANIC_DIST = 'target/dist-panic';

/** The calm screen's heading, from the template every built page carries. */
const PANIC_HEADING = readFileSync(join(DIST, 'index.html'), 'utf8')
  .match(/<template id="?panic-screen"?>[\s\S]*?<h1[^>]*>([^<]*)<\/h1>/)[1];

const site = useSite();
let panicSite;
before(async () => {
  if (existsSync(PANIC_DIST)) panicSite = await startSite({ dir: PANIC_DIST });
});
after(async () => {
  await panicSite?.stop();
});

test('a panic shows a calm message, a reload link and the crisis numbers', { skip: !existsSync(PANIC_DIST) && 'no test-panic build' }, async () => {
  for (const vp of VIEWPORTS) {
    const { context, page, errors } = await openPage(panicSite.browser, vp);
    // The panic route is a hash on any page; the app panics as it starts there.
    const flow = screen('flow').address;
    await page.goto(panicSite.url(`${flow}#/__panic__`));
    await waitForApp(page);
    await page.waitForSelector('main.panic');
    assert.equal(await page.locator(HEADING).textContent(), PANIC_HEADING);
    const reload = page.locator('main a.button');
    const flowPath = new URL(panicSite.url(flow)).pathname;
    assert.match(await reload.getAttribute('href'), new RegExp(`^${flowPath}\\?reload=\\d+#/__panic__$`));
    // The same lines as every page: marked as UK ones, the text line too, and a pointer
    // for readers elsewhere.
    for (const href of SUPPORT_LINKS) {
      assert.equal(await page.locator(`a[href="${href}"]`).count(), 1, href);
    }
    assert.match(await page.locator('.support').textContent(), /These are UK lines/);
    await screenshot(page, `panic-${vp.name}`);
    // The only error is the deliberate panic itself.
    assert.ok(errors.every((e) => /unreachable|deliberate test panic/.test(e)), errors.join('\n'));
    // The reload link really loads the page again (a plain link to the same address
    // would only scroll); at a normal address the app comes back.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.waitForSelector('main.panic');
    await page.goto(panicSite.url(`${stepAddress(1)}?again=1`));
    await waitForApp(page);
    assert.equal(await page.locator(HEADING).textContent(), screen(1).heading);
    assert.equal(await page.locator('main.panic').count(), 0);
    await context.close();
  }
});

test('a panic long after the start, on a move, shows the same calm screen', { skip: !existsSync(PANIC_DIST) && 'no test-panic build' }, async () => {
  const { context, page, errors } = await openPage(panicSite.browser, PHONE);
  await page.goto(panicSite.url(stepAddress(1)));
  await waitForApp(page);
  // The app has started and runs; the next page it shows panics (test builds only).
  await page.evaluate(() => document.documentElement.setAttribute('data-test-panic', ''));
  await page.click(TEARS.next);
  await page.waitForSelector('main.panic');
  assert.equal(await page.locator(HEADING).textContent(), PANIC_HEADING);
  assert.match(await page.locator('main a.button').getAttribute('href'), /\?reload=\d+$/);
  assert.equal(await page.locator('main.panic').count(), 1);
  assert.ok(errors.length >= 1 && errors.every((e) => /unreachable|deliberate test panic/.test(e)), errors.join('\n'));
  await context.close();
});

test('if WebAssembly cannot run, the prerendered page stays with a short note', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(site.url(screen('home').address));
  await page.waitForSelector('#cannot-start:not([hidden])');
  assert.equal(await page.locator(HEADING).textContent(), screen('home').heading);
  assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1);
  await screenshot(page, 'no-wasm-phone');
  // Controls only the app can work are not shown: the reader is not left pressing a
  // Start or a Copy that does nothing.
  for (const name of ['home', 'tears', 'flow', 'reflect', 'embed']) {
    await page.goto(site.url(screen(name).address));
    await page.waitForSelector('#cannot-start:not([hidden])');
    assert.deepEqual(await page.locator('button:visible').allTextContents(), [], `${name}: no button that cannot work`);
    assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1, `${name}: the crisis numbers`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the app\'s files are lost to a dropped connection, the page stays readable with the note', async () => {
  // The glue (a module the boot module imports), and the wasm's file for the page's lean
  // copy (the worker's, which has no wasm inside), each lost in turn. Before the glue was
  // imported inside the boot module's `try`, losing it stopped the module unrun: dead
  // buttons, the evidence notes shut, no note.
  for (const [lost, copy] of [[/crying-explainer-[0-9a-f]+\.js$/, ''], [/_bg\.wasm$/, 'lean.html']]) {
    const { context, page, errors } = await openPage(site.browser, PHONE, { serviceWorkers: 'block' });
    await page.route(lost, (route) => route.abort('internetdisconnected'));
    await page.goto(site.url(stepAddress(1) + copy));
    await page.waitForSelector('#cannot-start:not([hidden])');
    assert.equal(await page.locator(HEADING).textContent(), screen(1).heading, `${lost}`);
    assert.deepEqual(await page.locator('button:visible').allTextContents(), [], `${lost}: no button that cannot work`);
    const notes = page.locator('.evidence__panel');
    assert.ok(await notes.count() >= 1, `${lost}: the step has evidence notes`);
    for (const note of await notes.all()) assert.ok(await note.isVisible(), `${lost}: each evidence note shows open`);
    assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1, `${lost}: the crisis numbers`);
    // The only errors are the lost file's.
    assert.ok(errors.every((e) => /Failed to load|ERR_INTERNET_DISCONNECTED|Failed to fetch|dynamically imported|preloaded/.test(e)), errors.join('\n'));
    await context.close();
  }
});

test('a page whose wasm does not decode (a host that sends it in another encoding) fetches the wasm\'s file and starts', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE, { serviceWorkers: 'block' });
  const wasmLoads = [];
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) wasmLoads.push(r.url()); });
  // The page's bytes read as Windows-1252: each character of the wasm above U+007F, two
  // bytes in UTF-8, becomes two characters, so the text is longer than the block says.
  await page.route((url) => url.pathname.endsWith('/'), async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-type': 'text/html; charset=windows-1252' } });
  });
  await page.goto(site.url(stepAddress(1)));
  await waitForInteractive(page);
  assert.equal(await page.evaluate(() => document.characterSet), 'windows-1252');
  assert.equal(wasmLoads.length, 1, 'the wasm\'s file, once');
  assert.equal(await page.locator('#app-wasm').count(), 0, 'the block is gone from the page');
  assert.deepEqual(errors.filter((e) => !e.includes('registration blocked by Playwright')), []);
  await context.close();
});
