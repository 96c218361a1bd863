// What both engine drivers share: the error hooks injected into every document, waiting,
// saved files, and screenshots by name. Each engine's driver (firefox-driver.mjs,
// webkit-driver.mjs) adds goto, eval, click, press, frames and the picture itself.
//
// Classic WebDriver has no log events, so both engines get the same hooks after every load
// (uncaught errors, rejected promises, CSP violations, console.error).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from './processes.mjs';

const SHOTS = 'target/screenshots';

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

/** What both engines share: waiting, errors, screenshots by name. */
export class Driver {
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

  /**
   * Waits for a file the page saved (a download) to be complete; returns its text.
   * WebKit creates the file under its final name before it writes a byte, so a
   * name alone does not mean done: the text must be non-empty and the same on
   * two looks in a row.
   */
  async savedFile(name, { timeout = 10_000 } = {}) {
    const file = join(this.downloads, name);
    const end = Date.now() + timeout;
    let seen = null;
    for (;;) {
      const names = readdirSync(this.downloads);
      if (names.includes(name) && !names.some((n) => n.endsWith('.part') || n.endsWith('.download'))) {
        const text = readFileSync(file, 'utf8');
        if (text && text === seen) return text;
        seen = text;
      }
      if (Date.now() > end) throw new Error(`${this.engine}: no complete saved file ${name} in ${timeout} ms (found: ${names.join(', ') || 'nothing'}; last read ${seen?.length ?? 0} characters)`);
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
