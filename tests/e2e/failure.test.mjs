// Failure is calm: a panic shows a calm screen with a reload link and the crisis numbers;
// if WebAssembly cannot run, the prerendered page stays with a short note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { VIEWPORTS, startSite, openPage, waitForApp, screenshot } from './harness.mjs';

// Built by the test command with `--features test-panic` (see scripts/test.sh).
const PANIC_DIST = 'target/dist-panic';

let site;
let panicSite;
before(async () => {
  site = await startSite();
  if (existsSync(PANIC_DIST)) panicSite = await startSite({ dir: PANIC_DIST });
});
after(async () => {
  await site?.stop();
  await panicSite?.stop();
});

test('a panic shows a calm message, a reload link and the crisis numbers', { skip: !existsSync(PANIC_DIST) && 'no test-panic build' }, async () => {
  for (const vp of VIEWPORTS) {
    const { context, page, errors } = await openPage(panicSite.browser, vp);
    // The panic route is a hash on any page; the app panics as it starts there.
    await page.goto(panicSite.url('flow/#/__panic__'));
    await waitForApp(page);
    await page.waitForSelector('main.panic');
    assert.equal(await page.locator('main h1').textContent(), 'Something went wrong on this page');
    const reload = page.locator('main a.button');
    const flowPath = new URL(panicSite.url('flow/')).pathname;
    assert.match(await reload.getAttribute('href'), new RegExp(`^${flowPath}\\?reload=\\d+#/__panic__$`));
    // The same lines as every page: marked as UK ones, the text line too, and a pointer
    // for readers elsewhere.
    for (const href of ['tel:116123', 'sms:85258?body=SHOUT', 'tel:111', 'tel:999', 'tel:08088088000', 'tel:08001111', 'https://findahelpline.com/']) {
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
    await page.goto(panicSite.url('tears/?again=1'));
    await waitForApp(page);
    assert.equal(await page.locator('main h1').textContent(), 'Three kinds of tears');
    assert.equal(await page.locator('main.panic').count(), 0);
    await context.close();
  }
});

test('if WebAssembly cannot run, the prerendered page stays with a short note', async () => {
  const { context, page, errors } = await openPage(site.browser, VIEWPORTS[0]);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(site.url(''));
  await page.waitForSelector('#cannot-start:not([hidden])');
  assert.equal(await page.locator('main h1').textContent(), 'Why we cry');
  assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1);
  await screenshot(page, 'no-wasm-phone');
  assert.deepEqual(errors, []);
  await context.close();
});
