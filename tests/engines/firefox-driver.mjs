// Firefox ESR (the Debian package), headless, driven over WebDriver BiDi by puppeteer-core.
// Besides the shared hooks (driver-base.mjs), Firefox reports its own page errors.
import { readdirSync, rmSync } from 'node:fs';
import { Driver } from './driver-base.mjs';
import { tempFolder } from './processes.mjs';
import { DIST } from '../shared/pages.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** How many files of words the site has (`words-<file>-<version>.json`). */
const WORDS_FILES = readdirSync(DIST).filter((f) => /^words-.*\.json$/.test(f)).length;

/** Firefox over WebDriver BiDi (puppeteer-core). */
export class FirefoxDriver extends Driver {
  static async launch({ width, height, label }) {
    const { default: puppeteer } = await import('puppeteer-core');
    const downloads = tempFolder('firefox-downloads-');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Files the page saves go to a private folder, without asking.
      extraPrefsFirefox: {
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        // Nor does Firefox open its downloads panel: it takes focus from the page for the
        // rest of the session (no `:focus` matches after it), and a new tab, a click or
        // bringing the tab to the front does not give it back (measured).
        'browser.download.alwaysOpenPanel': false,
        // Scrollbars over the page, as on phones, so the page is as wide as the window.
        'ui.useOverlayScrollbars': 1,
      },
    });
    // A tab of our own: the first tab puppeteer finds never has focus (document.hasFocus()
    // is false), and there Enter or Space on a focused button does nothing.
    const [first] = await browser.pages();
    const page = await browser.newPage();
    await first.close();
    const d = new FirefoxDriver('firefox', label);
    d.downloads = downloads;
    d.browser = browser;
    d.page = page;
    d.scope = page.mainFrame();
    d.frames = new Map();
    page.on('pageerror', (e) => d.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') d.errors.push(`console.error: ${m.text()}`); });
    await d.setViewport(width, height);
    return d;
  }

  async setViewport(width, height) {
    await this.page.setViewport({ width, height });
  }

  /** Before leaving a page, waits (at most 5 s) until the app has the other pages' words it
   * asked for as it started: each words file has a resource timing entry (its name ends
   * with the page's data block's version `v`), which comes once its load is done. Firefox
   * reports a load that the service worker answers and a navigation cancels as "A
   * ServiceWorker intercepted the request and encountered an unexpected error" (Mozilla
   * bug 1429714): an error of the page being left, which a reader never meets, not of the
   * app. The other engines say nothing of such a load. */
  async wordsIn() {
    const end = Date.now() + 5_000;
    const done = () => this.page.mainFrame().evaluate((count) => {
      const data = JSON.parse(document.getElementById('words')?.textContent || 'null');
      if (!data) return true;
      const loaded = performance.getEntriesByType('resource').map((e) => e.name);
      return new Set(loaded.filter((name) => name.endsWith(`-${data.v}.json`))).size >= count;
    }, WORDS_FILES).catch(() => true);
    while (!(await done()) && Date.now() < end) await new Promise((ok) => setTimeout(ok, 50));
  }

  async goto(url) {
    await this.wordsIn();
    await this.collect();
    this.scope = this.page.mainFrame();
    this.frames.clear();
    await this.page.goto(url, { waitUntil: 'load' });
    await this.hook();
  }

  async reload() {
    await this.wordsIn();
    await this.collect();
    this.scope = this.page.mainFrame();
    this.frames.clear();
    await this.page.reload({ waitUntil: 'load' });
    await this.hook();
  }

  eval(fn, arg) { return this.scope.evaluate(fn, arg); }

  async click(selector, nth = 0) {
    const all = await this.scope.$$(selector);
    if (!all[nth]) throw new Error(`firefox: no element ${selector} [${nth}]`);
    await all[nth].click();
    await Promise.all(all.map((h) => h.dispose()));
  }

  async press(key) { await this.page.keyboard.press(key === 'Space' ? ' ' : key); }

  /** Tab, as a keyboard sends it. */
  async tab() { await this.page.keyboard.press('Tab'); }

  async frame(selector) {
    const known = this.frames.get(selector);
    if (known && !known.detached) {
      this.scope = known;
    } else {
      const handle = await this.scope.waitForSelector(selector);
      // A lazy frame loads once it is near the screen.
      await handle.evaluate((f) => {
        const r = f.getBoundingClientRect();
        if (r.bottom < 0 || r.top > window.innerHeight) f.scrollIntoView({ block: 'start' });
      });
      this.scope = await handle.contentFrame();
      this.frames.set(selector, this.scope);
      await handle.dispose();
    }
    await this.hook();
  }

  async top() {
    await this.collect();
    this.scope = this.page.mainFrame();
  }

  png() { return this.page.screenshot({ fullPage: true }); }

  /** What the window shows now, as a PNG. */
  async viewportPng() { return Buffer.from(await this.page.screenshot()); }

  async close() {
    await this.collect();
    await this.browser.close();
    rmSync(this.downloads, { recursive: true, force: true });
  }
}
