// Checks the Chromium suites run on many pages: axe-core, sideways scrolling, requests
// that leave the site, installability; and screenshots.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { CHROMIUM, CHROMIUM_ARGS, waitForApp } from '../shared/chromium.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { waitForWorker } from './worker.mjs';
import { tabThrough } from '../shared/focus-seen.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core with the WCAG 2.2 A/AA rule tags, and `region` (all content in a
 * landmark, so a screen reader moving by landmarks meets everything, the crisis reminder
 * included), and axe's best practices (among them: landmarks only where a listener expects
 * them, one each of main and banner, headings in order); returns the violations. */
export async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { region: { enabled: true } },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** Tabs through `page` from the top, checking how each control shows its focus
 * (tests/shared/focus-seen.mjs): `{ names, wrong }`. */
export const focusWalk = (page) => tabThrough(() => page.keyboard.press('Tab'), (fn, arg) => page.evaluate(fn, arg));

/** True if the page (or frame) can scroll sideways (it never should). */
export function hasHorizontalScroll(scope) {
  return scope.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Writes a full-page screenshot under target/screenshots/. */
export async function screenshot(page, name) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true });
}

/** Requests that went anywhere but the site itself. */
export function foreignRequests(requests, origin) {
  return requests.filter((r) => !r.url.startsWith(`${origin}/`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
}

/** Opens the page at `path` of `site` in a real profile (installability is never granted
 * in an incognito-like context) and asserts Chromium would install the app: no
 * installability errors, the manifest's icons served, its start and scope the site's
 * folder. */
export async function assertInstallable(site, path) {
  const profile = mkdtempSync(join(tmpdir(), 'crying-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: PHONE.viewport,
  });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url(path));
    await waitForApp(page);
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, site.url('manifest.webmanifest'));
    const manifest = JSON.parse(data);
    assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512', 'any']);
    assert.equal(new URL(manifest.start_url, url).href, site.url());
    assert.equal(new URL(manifest.scope, url).href, site.url());
    for (const icon of manifest.icons) assert.equal((await fetch(new URL(icon.src, url))).status, 200, icon.src);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
