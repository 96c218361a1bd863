// Each action says what happened, once (issue 19, point 2), at both widths, checked as a
// screen reader meets it: where focus lands and what describes it (`focusReport`), and
// every live region's change (`startListening`/`takeHeard` in tests/shared/listen.mjs).
// - Walkthrough Next and Back, by button and by arrow key: focus on the new step's h1,
//   described by "Step N of M"; neither is in a live region, and no live region speaks.
// - The flow: Pause/Play is a label that changes (no aria-pressed beside it), focus stays on
//   it; the spoken status is silent while the picture only animates, says the state once
//   after one slider change, at most twice for a burst of changes, once for Open the channel
//   and once when that release ends.
// - "Embed this"'s Copy says its status once.
// - Going offline says so once; coming back online says so once, and the notice goes by itself.
//   A new version ready says so once (phone size, on a private copy of the build).
// The quiz's are in announce-quiz.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, startSite, withPage, waitForApp } from './harness.mjs';
import { waitForWorker } from './worker.mjs';
import { openListening, heard, focus, settle } from './listening.mjs';
import { startListening } from '../shared/listen.mjs';
import { WALKTHROUGH_MOVES, MOVE, stepFocus, pick } from '../shared/said-once.mjs';
import { screen, stepAddress } from '../shared/pages.mjs';
import { copyOfBuild, deployNewVersion } from '../shared/site.mjs';
import { VIEWPORTS, PHONE } from '../shared/viewports.mjs';
import { FIGURE, FLOW, SNIPPET } from '../shared/selectors.mjs';
import { FLOW_CAPTION } from '../shared/wording.mjs';

const site = useSite();

for (const vp of VIEWPORTS) {
  test(`walkthrough at ${vp.name}: Next and Back by button and key focus the new heading, said once`, async () => {
    await withPage(site.browser, vp, {}, async ({ page, errors }) => {
      await openListening(page, site, stepAddress(1));
      for (const [how, n] of WALKTHROUGH_MOVES) {
        if (MOVE[how].press) await page.locator(MOVE[how].press).click();
        else await page.keyboard.press(MOVE[how].key);
        const expected = stepFocus(n);
        await page.waitForFunction((h) => document.activeElement?.textContent === h, expected.text, { timeout: 10_000 });
        await settle(page, 300);
        assert.deepEqual(pick(await focus(page), expected), expected, `${how}: focus on step ${n}'s heading, described by its place`);
        assert.deepEqual(await heard(page), [], `${how} to step ${n}: no live region speaks`);
      }
      // Step 1's figure: its choices are toggles (aria-pressed), a press says the new
      // caption once, and focus stays on the button.
      const choice = page.locator(FIGURE.choice).nth(1);
      assert.equal(await choice.getAttribute('aria-pressed'), 'false');
      await choice.click();
      await page.waitForFunction((s) => document.querySelectorAll(s)[1].getAttribute('aria-pressed') === 'true', FIGURE.choice, { timeout: 5000 });
      await settle(page, 400);
      const said = await heard(page);
      assert.equal(said.length, 1, `the figure's caption said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].text, (await page.locator(FIGURE.caption).textContent()).trim());
      assert.equal((await focus(page)).text, (await choice.textContent()).trim(), 'focus stays on the pressed button');
      assert.deepEqual(errors, []);
    });
  });

  test(`flow at ${vp.name}: Pause/Play label, the state said once per change, never while it animates`, async () => {
    await withPage(site.browser, vp, {}, async ({ page, errors }) => {
      await openListening(page, site, screen('flow').address);
      await page.locator(FLOW.stage).scrollIntoViewIfNeeded();
      const pause = page.locator(FLOW.pause);
      assert.equal(await pause.textContent(), 'Pause');
      assert.equal(await pause.getAttribute('aria-pressed'), null, 'a changing label, not also aria-pressed');
      await pause.click();
      await page.waitForFunction(() => document.querySelector('.flow-visual__pause').textContent === 'Play', null, { timeout: 5000 });
      assert.equal((await focus(page)).text, 'Play', 'focus stays on the button, now called Play');
      await pause.click();
      await page.waitForFunction(() => document.querySelector('.flow-visual__pause').textContent === 'Pause', null, { timeout: 5000 });
      assert.equal((await focus(page)).text, 'Pause');

      // Animating on its own says nothing.
      await settle(page, 1500);
      assert.deepEqual(await heard(page), [], 'nothing said while the picture only moves');
      // One slider change: said once, politely, the state in words.
      await page.locator(FLOW.stress).focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector('.flow-visual__said').textContent.trim() !== '', null, { timeout: 3000 });
      await settle(page, 1500);
      let said = await heard(page);
      assert.equal(said.length, 1, `one change, said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'visually-hidden flow-visual__said');
      assert.match(said[0].text, /channel/i);
      // Holding back to its top in a burst of key presses: at most twice (now and the last).
      await page.locator(FLOW.holding).focus();
      for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowRight');
      await settle(page, 2200);
      said = await heard(page);
      assert.ok(said.length >= 1 && said.length <= 2, `a burst said at most twice: ${JSON.stringify(said)}`);
      // The pressure builds on its own and the visible caption follows; nothing is said.
      await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, FLOW_CAPTION.building, { timeout: 10_000 });
      await settle(page, 1200);
      assert.deepEqual(await heard(page), [], 'the caption changed on its own: nothing said');
      // Open the channel: said once; the pressure falling afterwards says nothing more.
      await page.locator(FLOW.release).click();
      await settle(page, 3500);
      said = await heard(page);
      assert.equal(said.length, 1, `Open the channel said once: ${JSON.stringify(said)}`);
      // The channel's state, then the caption, with no echo between them.
    assert.equal(said[0].text, `The channel is open. ${FLOW_CAPTION.lettingGo}`);
      // The release ends by itself after 4 s. That is the end of the reader's own action, so
      // it is said once: the status must not go on saying the channel is open while the
      // picture shows the pressure building again behind the block.
      await page.waitForFunction((t) => document.querySelector('.flow-visual__caption').textContent === t, FLOW_CAPTION.building, { timeout: 10_000 });
      await settle(page, 1200);
      said = await heard(page);
      assert.equal(said.length, 1, `the release's end said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].text, `The channel is narrow. ${FLOW_CAPTION.building}`);
      assert.deepEqual(errors, []);
    });
  });

  test(`"Embed this" at ${vp.name}: Copy says copied once, next to its own snippet`, async () => {
    await withPage(site.browser, vp, {}, async ({ context, page, errors }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await openListening(page, site, screen('embed').address);
      await page.locator(SNIPPET.copy).first().click();
      await page.waitForFunction(() => document.querySelector('.snippet__status').textContent !== '', null, { timeout: 5000 });
      await settle(page, 800);
      const said = await heard(page);
      assert.equal(said.length, 1, `copy said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'snippet__status');
      assert.match(said[0].text, /^Copied/);
      assert.equal((await focus(page)).tag, 'button', 'focus stays on Copy');
      assert.deepEqual(errors, []);
    });
  });

  test(`offline at ${vp.name}: going offline and coming back are each said once, politely`, async () => {
    await withPage(site.browser, vp, {}, async ({ context, page, errors }) => {
      await openListening(page, site, screen('flow').address);
      await page.locator(FLOW.pause).click(); // keep the page quiet meanwhile
      await context.setOffline(true);
      await page.waitForSelector('.toast--offline', { timeout: 5000 });
      await settle(page, 800);
      const said = await heard(page);
      assert.equal(said.length, 1, `offline said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'toasts');
      assert.match(said[0].text, /offline/i);
      assert.equal(await page.locator('.toasts').getAttribute('role'), 'status', 'polite');
      await context.setOffline(false);
      await page.waitForSelector('.toast--offline', { state: 'detached', timeout: 5000 });
      await page.waitForSelector('.toast--online', { timeout: 5000 });
      await settle(page, 800);
      const back = await heard(page);
      assert.equal(back.length, 1, `back online said once: ${JSON.stringify(back)}`);
      assert.equal(back[0].region, 'toasts');
      assert.match(back[0].text, /back online/i);
      // The notice then goes by itself, and its going says nothing.
      await page.waitForSelector('.toast--online', { state: 'hidden', timeout: 8000 });
      await settle(page, 300);
      assert.deepEqual(await heard(page), [], 'the notice going is silent');
      assert.deepEqual(errors, []);
    });
  });
}

test('update ready at phone: "A new version is ready" said once, politely', async () => {
  const build = copyOfBuild('crying-announce-');
  const copy = await startSite({ dir: build.dir });
  try {
    await withPage(copy.browser, PHONE, {}, async ({ page, errors }) => {
      await page.goto(copy.url(screen('flow').address));
      await waitForApp(page);
      await waitForWorker(page);
      await page.locator(FLOW.pause).click();
      await page.evaluate(startListening);
      deployNewVersion(build.dir);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await page.waitForSelector('.toast--update', { timeout: 15_000 });
      await settle(page, 1000);
      const said = await heard(page);
      assert.equal(said.length, 1, `update said once: ${JSON.stringify(said)}`);
      assert.equal(said[0].region, 'toasts');
      assert.match(said[0].text, /new version/i);
      assert.deepEqual(errors, []);
    });
  } finally {
    await copy.stop();
    build.remove();
  }
});
