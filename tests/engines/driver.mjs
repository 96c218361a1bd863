// One small engine-neutral driver for the end-to-end suite in other browser engines.
//
//   const d = await launch('firefox' | 'webkit', { width, height, label });
//   await d.goto(url); await d.click('.tears__next'); await d.press('ArrowRight');
//   const x = await d.eval((a) => document.title, arg); await d.waitFor(() => ..., arg);
//   await d.frame('#widget iframe'); ...; await d.top();
//   await d.screenshot('tears'); d.takeErrors(); await d.close();
//
// Firefox ESR (Debian package) is driven over WebDriver BiDi with puppeteer-core, headless.
// WebKitGTK's MiniBrowser is driven by WebKitWebDriver, plain W3C WebDriver over HTTP
// (fetch() is enough); it has no headless mode, so it runs on a private Xvfb display that
// is started here and stopped by its own PID. Classic WebDriver has no log events, so both
// engines get the same error hooks injected after every load (uncaught errors, rejected
// promises, CSP violations, console.error); Firefox also reports its own page errors.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENGINES = ['firefox', 'webkit'];
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const SHOTS = 'target/screenshots';

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Every process started here, so none outlives this one (a failed launch, a test that is
// killed on a timeout): each is stopped by its own PID on the way out.
const children = new Set();
const folders = new Set();
function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}
function track(proc) {
  children.add(proc);
  proc.once('exit', () => children.delete(proc));
  return proc;
}
process.once('exit', () => {
  for (const proc of children) if (proc.exitCode === null) try { process.kill(proc.pid, 'SIGTERM'); } catch { /* gone */ }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

/** Installed in every document after it loads; idempotent. Errors go to window.__engineErrors. */
function installHooks() {
  if (window.__engineErrors) return;
  const errors = (window.__engineErrors = []);
  const text = (v) => (v && (v.stack || v.message)) || String(v);
  window.addEventListener('error', (e) => {
    // Not an exception: the ResizeObserver spec reports, as an error event with no error
    // object, that some size changes will be delivered in the next frame instead of this
    // one. WebKit raises it now and then in an auto-height iframe (the host resizes the
    // frame between two layouts); the embed scenario's own checks prove the height still
    // arrives. Anything thrown carries its error object and is still caught.
    if (e.error == null && /^ResizeObserver loop completed with undelivered notifications/.test(e.message)) return;
    errors.push(`uncaught error: ${e.message} at ${e.filename}:${e.lineno}`);
  });
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) => errors.push(`csp violation: ${e.violatedDirective} ${e.blockedURI}`));
  const original = console.error;
  console.error = (...args) => { errors.push(`console.error: ${args.map(text).join(' ')}`); original.apply(console, args); };
}

/** The errors the hooks caught in the current document (and clears them). */
function drainHooks() {
  return window.__engineErrors ? window.__engineErrors.splice(0) : [];
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((ok, err) => {
    const s = createServer();
    s.once('error', err);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

/** Starts Xvfb on a free display (it writes the number to fd 3); stop() ends it by PID. */
export function startDisplay() {
  const proc = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  }));
  let stderr = '';
  proc.stderr.on('data', (b) => { stderr += b; });
  return new Promise((ok, err) => {
    let out = '';
    const timer = setTimeout(() => err(new Error(`Xvfb did not report a display in 10 s: ${stderr}`)), 10_000);
    proc.once('exit', (code) => { clearTimeout(timer); err(new Error(`Xvfb exited (${code}): ${stderr}`)); });
    proc.stdio[3].on('data', (b) => {
      out += b;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      ok({
        display: `:${out.trim()}`,
        pid: proc.pid,
        stop: () => new Promise((done) => {
          if (proc.exitCode !== null) return done();
          proc.once('exit', () => done());
          process.kill(proc.pid, 'SIGTERM');
        }),
      });
    });
  });
}

/** What both engines share: waiting, errors, screenshots by name. */
class Driver {
  constructor(engine, label) {
    this.engine = engine;
    this.label = label;
    this.errors = [];
  }

  /** Polls `fn(arg)` in the page until it is truthy; returns its value. */
  async waitFor(fn, arg, { timeout = 10_000, message } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await this.eval(fn, arg);
        if (last) return last;
      } catch (e) {
        last = e.message; // e.g. between two documents
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${message ?? fn.toString().slice(0, 160)} (last: ${JSON.stringify(last)?.slice(0, 200)})`);
      await sleep(50);
    }
  }

  wait(ms) { return sleep(ms); }

  /** Waits for a file the page saved (a download) to be complete; returns its text. */
  async savedFile(name, { timeout = 10_000 } = {}) {
    const file = join(this.downloads, name);
    const end = Date.now() + timeout;
    for (;;) {
      const names = readdirSync(this.downloads);
      if (names.includes(name) && !names.some((n) => n.endsWith('.part') || n.endsWith('.download'))) {
        return readFileSync(file, 'utf8');
      }
      if (Date.now() > end) throw new Error(`${this.engine}: no saved file ${name} in ${timeout} ms (found: ${names.join(', ') || 'nothing'})`);
      await sleep(100);
    }
  }

  /** Waits for an element matching `selector` in the current document. */
  waitForSelector(selector, options) {
    return this.waitFor((s) => !!document.querySelector(s), selector, { message: selector, ...options });
  }

  /** Everything caught so far, including the current document's hooks; clears the list. */
  async takeErrors() {
    await this.collect();
    return this.errors.splice(0);
  }

  /** Moves the current document's caught errors into this.errors. */
  async collect() {
    try {
      this.errors.push(...await this.eval(drainHooks));
    } catch { /* the document is going away */ }
  }

  async hook() { await this.eval(installHooks); }

  async screenshot(name) {
    mkdirSync(SHOTS, { recursive: true });
    const png = await this.png();
    writeFileSync(`${SHOTS}/${this.engine}-${this.label}-${name}.png`, png);
  }
}

/** Firefox over WebDriver BiDi (puppeteer-core). */
class FirefoxDriver extends Driver {
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

  async goto(url) {
    await this.collect();
    this.scope = this.page.mainFrame();
    this.frames.clear();
    await this.page.goto(url, { waitUntil: 'load' });
    await this.hook();
  }

  async reload() {
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

  async close() {
    await this.collect();
    await this.browser.close();
    rmSync(this.downloads, { recursive: true, force: true });
  }
}

// MiniBrowser's toolbar (GTK 3) keeps its window at least 447 px wide, wider than a phone.
// A private GTK stylesheet shrinks the toolbar's widgets (not the page: WebKit draws web
// content and form controls itself), so the page can be 360 px wide.
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; -gtk-icon-transform: scale(0.1); }\n';

// W3C WebDriver key codes for the keys the scenarios press.
const KEYS = { ArrowLeft: '\uE012', ArrowRight: '\uE014', ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007', Tab: '\uE004', Home: '\uE011', End: '\uE010', Escape: '\uE00C', Space: ' ' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// MiniBrowser's window includes its toolbar; the page gets the rest.
const TOOLBAR = 38;

/** WebKitGTK's MiniBrowser through WebKitWebDriver (classic W3C WebDriver over HTTP). */
class WebKitDriver extends Driver {
  static async launch({ width, height, label }) {
    const d = new WebKitDriver('webkit', label);
    try {
      await d.start(width, height);
    } catch (e) {
      await d.close().catch(() => {});
      throw e;
    }
    return d;
  }

  async start(width, height) {
    const d = this;
    d.xvfb = await startDisplay();
    d.config = tempFolder('webkit-gtk-');
    mkdirSync(join(d.config, 'gtk-3.0'));
    writeFileSync(join(d.config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
    // Files the page saves go to a private folder (GLib reads it from user-dirs.dirs).
    d.downloads = join(d.config, 'downloads');
    mkdirSync(d.downloads);
    writeFileSync(join(d.config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${d.downloads}"\n`);
    const port = await freePort();
    d.proc = track(spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: d.xvfb.display, XDG_CONFIG_HOME: d.config },
    }));
    d.proc.stderr.on('data', () => {});
    d.base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try { if ((await fetch(`${d.base}/status`)).ok) break; } catch { /* not yet listening */ }
      if (i > 100) throw new Error('WebKitWebDriver did not start in 10 s');
      await sleep(100);
    }
    const session = await d.call('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
    d.session = `/session/${session.sessionId}`;
    await d.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 30_000, implicit: 0 });
    await d.setViewport(width, height);
  }

  async call(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`webkit: ${method} ${path}: ${json.value?.error ?? res.status}: ${json.value?.message ?? ''}`);
    return json.value;
  }

  cmd(method, path, body) { return this.call(method, this.session + path, body); }

  async setViewport(width, height) {
    // The window includes the toolbar and any frame: learn their size once, then set it.
    for (let attempt = 0; ; attempt += 1) {
      const chrome = this.chrome ?? { width: 0, height: TOOLBAR };
      await this.cmd('POST', '/window/rect', { width: width + chrome.width, height: height + chrome.height });
      // The page learns its new size a moment after the window changes.
      let inner;
      for (let i = 0; i < 20; i += 1) {
        inner = await this.eval(() => [window.innerWidth, window.innerHeight]);
        if (inner[0] === width && inner[1] === height) return;
        await sleep(50);
      }
      if (attempt === 1) throw new Error(`webkit: asked for a ${width}x${height} page, got ${inner.join('x')}`);
      const rect = await this.cmd('GET', '/window/rect');
      this.chrome = { width: rect.width - inner[0], height: rect.height - inner[1] };
    }
  }

  async goto(url) {
    await this.collect();
    this.inFrame = null;
    await this.cmd('POST', '/url', { url });
    await this.hook();
  }

  async reload() {
    await this.collect();
    this.inFrame = null;
    await this.cmd('POST', '/refresh', {});
    await this.hook();
  }

  /** Runs `fn(arg)` in the current document (async functions too); returns its JSON value. */
  async eval(fn, arg) {
    const script = `const done = arguments[1];
      Promise.resolve().then(() => (${fn})(arguments[0]))
        .then((v) => done({ v: v === undefined ? null : v }), (e) => done({ e: String((e && e.stack) || e) }));`;
    const r = await this.cmd('POST', '/execute/async', { script, args: [arg ?? null] });
    if (r && 'e' in r) throw new Error(`webkit: in page: ${r.e}`);
    return r?.v;
  }

  async find(selector, nth = 0) {
    const all = await this.cmd('POST', '/elements', { using: 'css selector', value: selector });
    if (!all[nth]) throw new Error(`webkit: no element ${selector} [${nth}]`);
    return all[nth][ELEMENT];
  }

  async click(selector, nth = 0) {
    // Inside a cross-origin frame, WebKitWebDriver does not scroll the page around the frame
    // to reach the element, and the click misses: scroll the host page first.
    if (this.inFrame) {
      const box = await this.eval(([s, n]) => {
        const r = document.querySelectorAll(s)[n]?.getBoundingClientRect();
        return r ? { y: r.y, height: r.height } : null;
      }, [selector, nth]);
      if (box) {
        const frame = this.inFrame;
        await this.cmd('POST', '/frame', { id: null });
        await this.eval(([f, y, h]) => {
          const r = document.querySelector(f).getBoundingClientRect();
          window.scrollBy(0, r.top + y + h / 2 - window.innerHeight / 2);
        }, [frame, box.y, box.height]);
        await this.cmd('POST', '/frame', { id: { [ELEMENT]: await this.find(frame) } });
      }
    }
    const id = await this.find(selector, nth);
    await this.cmd('POST', `/element/${id}/click`, {});
  }

  async press(key) {
    const value = KEYS[key] ?? key;
    await this.cmd('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this.cmd('DELETE', '/actions');
  }

  async frame(selector) {
    await this.waitForSelector(selector);
    const id = await this.find(selector);
    // A lazy frame loads once it is near the screen.
    await this.eval((s) => {
      const f = document.querySelector(s);
      const r = f.getBoundingClientRect();
      if (r.bottom < 0 || r.top > window.innerHeight) f.scrollIntoView({ block: 'start' });
    }, selector);
    await this.cmd('POST', '/frame', { id: { [ELEMENT]: id } });
    this.inFrame = selector;
    await this.waitFor(() => document.readyState === 'complete');
    await this.hook();
  }

  async top() {
    await this.collect();
    await this.cmd('POST', '/frame', { id: null });
    this.inFrame = null;
  }

  /** A full-page picture: WebDriver screenshots are of the viewport, so the window grows to
   * the page's height for a moment (as far as 6000 px), then goes back. */
  async png() {
    const [width, height, full] = await this.eval(() => [window.innerWidth, window.innerHeight, document.documentElement.scrollHeight]);
    const grow = Math.min(full, 6000) > height;
    if (grow) {
      const rect = await this.cmd('GET', '/window/rect');
      await this.cmd('POST', '/window/rect', { width: rect.width, height: rect.height + Math.min(full, 6000) - height });
    }
    try {
      return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
    } finally {
      if (grow) await this.setViewport(width, height);
    }
  }

  async close() {
    if (this.session) {
      await this.collect();
      try { await this.cmd('DELETE', ''); } catch { /* already gone */ }
    }
    if (this.proc && this.proc.exitCode === null) {
      const exited = new Promise((ok) => this.proc.once('exit', ok));
      process.kill(this.proc.pid, 'SIGTERM');
      await exited;
    }
    await this.xvfb?.stop();
    if (this.config) rmSync(this.config, { recursive: true, force: true });
  }
}

/** Opens one browser session of `engine` with a page of width x height CSS pixels. */
export function launch(engine, { width, height, label = `${width}` }) {
  if (engine === 'firefox') return FirefoxDriver.launch({ width, height, label });
  if (engine === 'webkit') return WebKitDriver.launch({ width, height, label });
  throw new Error(`unknown engine ${engine}; one of ${ENGINES.join(', ')}`);
}
