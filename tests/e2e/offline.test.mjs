// Offline once loaded: the service worker precaches every built file and page; the app
// then reloads any screen's own address and works with the network cut. Also: the update
// prompt, embedded with workers blocked, and installing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { startHost } from '../shared/host.mjs';
import { assertInstallable, screenshot } from './checks.mjs';
import { finishQuiz } from './quiz.mjs';
import { openControlled } from './worker.mjs';
import { widgetFrame } from './widget.mjs';
import { EVERY_PAGE, PAGES, SECTIONS, screen, stepAddress, comparison, framePath, notFoundHeading } from '../shared/pages.mjs';
import { copyOfBuild, deployNewVersion } from '../shared/site.mjs';
import { VIEWPORTS, PHONE, phoneSized } from '../shared/viewports.mjs';
import { HEADING, NAV_LINK, QUIZ, TEARS } from '../shared/selectors.mjs';
import { questionProgress } from '../shared/wording.mjs';

/** The navigation's links in order, with the page each leads to: each section, then home. */
const NAV = [...SECTIONS.map((s, i) => [screen(s).address, i + 1]), [screen('home').address, 0]];
const onPage = (page, path) => page.waitForFunction((p) => location.pathname === `/${p}`, path);

// A private copy of the build, so the update test can deploy a "new version" into it.
const build = copyOfBuild('crying-offline-');
const site = useSite({ dir: build.dir });
after(() => build.remove());

for (const vp of VIEWPORTS) {
  test(`${vp.name}: after one visit, reloads and works with the network cut`, async () => {
    const { context, page, errors } = await openControlled(site, vp, screen('home').address);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.toast--offline');
    for (const [path, index] of NAV) {
      await page.locator(NAV_LINK).nth(index).click();
      await onPage(page, path);
      await page.waitForSelector(HEADING);
    }
    // The energy flow runs and the quiz can be finished with no network.
    await page.locator(NAV_LINK).nth(1 + SECTIONS.indexOf('flow')).click();
    await page.locator('.flow-release, button:has-text("Open the channel")').first().click();
    await page.locator(NAV_LINK).nth(1 + SECTIONS.indexOf('reflect')).click();
    await finishQuiz(page);
    await screenshot(page, `offline-${vp.name}`);
    // Every screen's own address, standalone and embedded, opens that screen offline:
    // reloaded, and as a fresh navigation.
    const headings = new Map();
    for (const path of EVERY_PAGE) {
      await page.goto(site.url(path));
      await waitForInteractive(page);
      const heading = await page.locator(HEADING).first().textContent();
      await page.reload();
      await waitForInteractive(page);
      assert.equal(await page.locator(HEADING).first().textContent(), heading, path);
      assert.equal(new URL(page.url()).pathname, `/${path}`);
      headings.set(path, heading);
    }
    assert.equal(new Set(headings.values()).size, PAGES.length, 'each screen its own heading, in both layouts');
    // An address with no page gets the cached "not here" page (and its one 404 message).
    await page.goto(site.url(`${stepAddress(1)}99/`));
    assert.equal(await page.locator(HEADING).textContent(), notFoundHeading());
    await context.setOffline(false);
    const missing = errors.filter((e) => e.includes('status of 404'));
    assert.equal(missing.length, 1, missing.join('\n'));
    assert.deepEqual(errors.filter((e) => !e.includes('status of 404')), [], 'offline, nothing fails to load');
    await context.close();
  });
}

// The notice stays at the foot of the screen while offline. Tabbing down a page, the
// browser scrolls each control into view only as far as the notice's room (the page's
// scroll-padding): before that, "999" and "Pause" went under it.
test('offline, the notice at the foot of the screen never covers the control in focus', async () => {
  for (const size of [PHONE, phoneSized(740, 360)]) {
    for (const path of [stepAddress(3), screen('flow').address]) {
      const { context, page, errors } = await openPage(site.browser, size);
      await page.goto(site.url(path));
      await waitForApp(page);
      await context.setOffline(true);
      await page.locator('.toast--offline').waitFor();
      await page.locator(HEADING).first().focus();
      const seen = new Set();
      for (let stop = 0; stop < 80; stop += 1) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return { key: -1 };
          const ring = 3;
          const r = el.getBoundingClientRect();
          const notice = document.querySelector('.toast--offline').getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
          const key = [...document.querySelectorAll('*')].indexOf(el);
          return { key, name, covered: r.bottom + ring > notice.top && r.top < notice.bottom && r.height > 0 };
        });
        // Round the page once: past the last control (the browser's own) or back to the first.
        if (at.key === -1 || seen.has(at.key)) break;
        seen.add(at.key);
        assert.equal(at.covered, false, `${size.name} /${path}: ${at.name} in focus is under the offline notice`);
      }
      assert.ok(seen.size > 10, `${size.name} /${path}: tabbed through the page (${seen.size} stops)`);
      await context.setOffline(false);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('a new version shows a quiet refresh prompt and never reloads by itself or loses a quiz in progress', async () => {
  const reflect = screen('reflect').address;
  const { context, page, errors } = await openControlled(site, PHONE, reflect);
  // A quiz in progress: three questions answered, the fourth on screen.
  await page.locator(QUIZ.start).click();
  for (let n = 0; n < 3; n += 1) {
    await page.locator(QUIZ.choice).nth(1).click();
    await page.locator(QUIZ.next).click();
  }
  const fourth = questionProgress(4);
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [QUIZ.progress, fourth]);
  deployNewVersion(build.dir);
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('.toast--update', { timeout: 15000 });
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page must not reload by itself');
  assert.equal(new URL(page.url()).pathname, `/${reflect}`);
  assert.equal(await page.locator(QUIZ.progress).textContent(), fourth, 'the quiz is not interrupted');
  await screenshot(page, 'update-prompt-phone');
  // The reader chooses to refresh: the new worker takes over and the page reloads once.
  await Promise.all([page.waitForEvent('load'), page.locator('.toast__button').click()]);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(new URL(page.url()).pathname, `/${reflect}`);
  assert.equal(await page.locator('.toast--update').count(), 0);
  // After the refresh the reader is back at the same question, answers kept.
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [QUIZ.progress, fourth]);
  await page.locator(QUIZ.back).click();
  assert.equal(await page.locator('input[name=quiz-q2]:checked').getAttribute('value'), '1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded in a cross-origin host with service workers blocked: works online and after the network is cut', async () => {
  const host = await startHost(site.url('').replace(/\/$/, ''));
  try {
    const { context, page, errors } = await openPage(site.browser, PHONE, { serviceWorkers: 'block' });
    await page.goto(host.page('host-snippet.html'));
    const { frame } = await widgetFrame(page);
    assert.equal(await frame.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
    await context.setOffline(true);
    // Links move in place: nothing needs the network.
    await frame.locator(TEARS.next).click();
    await onPage(frame, framePath(stepAddress(2)));
    await frame.locator(TEARS.compareLink).click();
    await onPage(frame, framePath(comparison().address));
    for (const section of ['flow', 'reflect']) {
      await frame.locator(NAV_LINK).nth(1 + SECTIONS.indexOf(section)).click();
      await onPage(frame, framePath(screen(section).address));
    }
    await finishQuiz(frame);
    await frame.waitForSelector('.toast--offline');
    await screenshot(page, 'offline-embedded-phone');
    await context.setOffline(false);
    // Playwright's own note that it refused the worker is the only message.
    assert.deepEqual(errors.filter((e) => !e.includes('registration blocked by Playwright')), []);
    await context.close();
  } finally {
    await host.stop();
  }
});

test('the app passes Chromium\'s installability check (manifest, icons, service worker)', async () => {
  await assertInstallable(site, stepAddress(3));
});
