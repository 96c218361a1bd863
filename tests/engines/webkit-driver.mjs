// WebKitGTK's MiniBrowser through WebKitWebDriver: a small client of plain W3C WebDriver
// over HTTP (fetch() is enough). MiniBrowser has no headless mode, so it runs on a private
// Xvfb display started for it (processes.mjs) and stopped by its own PID.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Driver } from './driver-base.mjs';
import { freePort, sleep, startDisplay, tempFolder, track } from './processes.mjs';

const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// MiniBrowser's toolbar (GTK 3) keeps its window at least 447 px wide, wider than a phone.
// A private GTK stylesheet shrinks the toolbar's widgets (not the page: WebKit draws web
// content and form controls itself), so the page can be 360 px wide.
const GTK_CSS = '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; -gtk-icon-transform: scale(0.1); }\n';

// W3C WebDriver key codes for the keys the scenarios press.
const KEYS = { ArrowLeft: '\uE012', ArrowRight: '\uE014', ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007', Tab: '\uE004', Home: '\uE011', End: '\uE010', Escape: '\uE00C', Space: ' ' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
// MiniBrowser's window includes its toolbar; the page gets the rest.
const TOOLBAR = 38;
const execFileAsync = promisify(execFile);

/** WebKitGTK's MiniBrowser through WebKitWebDriver (classic W3C WebDriver over HTTP). */
export class WebKitDriver extends Driver {
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

  /** Tab as a person's keyboard sends it: through the X server
   * (xdotool's XTEST), with the pointer on the window so its keys go there. WebDriver's own
   * key actions move focus too, but WebKitGTK does not count them as a keyboard's:
   * `:focus-visible` never matches after them, not even the browser's own ring on a plain
   * link (measured), so a ring could not be seen by them. */
  async tab() {
    const env = { ...process.env, DISPLAY: this.xvfb.display };
    try {
      await execFileAsync('xdotool', ['mousemove', '0', '0', 'key', 'Tab'], { env });
    } catch (e) {
      if (e.code === 'ENOENT') throw new Error('webkit: xdotool not found; run scripts/setup-browsers.sh');
      throw e;
    }
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
      // The new size reaches the page, and is painted, a little after the window grows:
      // taken at once, the picture was sometimes black below the old viewport.
      await this.waitFor((h) => window.innerHeight >= h
        && new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(true)))), Math.min(full, 6000), { message: 'the grown window painted' });
    }
    try {
      return await this.viewportPng();
    } finally {
      if (grow) await this.setViewport(width, height);
    }
  }

  /** What the window shows now, as a PNG. */
  async viewportPng() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
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
