// One small engine-neutral driver for the end-to-end scenarios in other browser engines.
//
//   const d = await launch('firefox' | 'webkit', { width, height, label });
//   await d.goto(url); await d.click('.tears__next'); await d.press('ArrowRight');
//   const x = await d.eval((a) => document.title, arg); await d.waitFor(() => ..., arg);
//   await d.frame('#widget iframe'); ...; await d.top();
//   await d.screenshot('tears'); d.takeErrors(); await d.close();
//
// Firefox ESR is driven over WebDriver BiDi with puppeteer-core, headless
// (firefox-driver.mjs); WebKitGTK's MiniBrowser by WebKitWebDriver, plain W3C WebDriver
// over HTTP, on a private Xvfb display (webkit-driver.mjs). What both share is in
// driver-base.mjs; the processes they start, and the display, in processes.mjs.
import { FirefoxDriver } from './firefox-driver.mjs';
import { WebKitDriver } from './webkit-driver.mjs';

export const ENGINES = ['firefox', 'webkit'];

/** Opens one browser session of `engine` with a page of width x height CSS pixels. */
export function launch(engine, { width, height, label = `${width}` }) {
  if (engine === 'firefox') return FirefoxDriver.launch({ width, height, label });
  if (engine === 'webkit') return WebKitDriver.launch({ width, height, label });
  throw new Error(`unknown engine ${engine}; one of ${ENGINES.join(', ')}`);
}
