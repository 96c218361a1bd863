// The end-to-end scenarios every other browser engine runs, written once against the
// engine-neutral driver (driver.mjs), one file a part of the site in scenarios/, and the
// said-once checks in announce-scenarios.mjs. Each engine gets one browser session per
// size; the scenarios run in order in it, and each ends by asserting that nothing went
// wrong in the page (no uncaught error, rejected promise, CSP violation or console error).
//
// Selectors and expectations come from the Chromium suites in tests/e2e/, through
// tests/shared/; addresses and headings from the page table (tests/shared/pages.mjs).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './driver.mjs';
import { serveSite } from '../shared/site.mjs';
import { startHost } from '../shared/host.mjs';
import { SIZES } from '../shared/viewports.mjs';
import { SCREEN_SCENARIOS } from './scenarios/screens.mjs';
import { TEARS_SCENARIOS } from './scenarios/tears.mjs';
import { FLOW_SCENARIOS } from './scenarios/flow.mjs';
import { REFLECT_SCENARIOS } from './scenarios/reflect.mjs';
import { EMBEDDED_SCENARIOS } from './scenarios/embedded.mjs';
import { OFFLINE_SCENARIOS } from './scenarios/offline.mjs';
import { FOCUS_SCENARIOS } from './scenarios/focus.mjs';
import { ANNOUNCE_SCENARIOS } from './announce-scenarios.mjs';
import { firstVisit } from './scenarios/first-visit.mjs';

/** Every scenario, in the order each session runs them: [name, run(d, context)]. */
export const SCENARIOS = [
  ...SCREEN_SCENARIOS, ...TEARS_SCENARIOS, ...FLOW_SCENARIOS, ...REFLECT_SCENARIOS,
  ...EMBEDDED_SCENARIOS, ...OFFLINE_SCENARIOS, ...FOCUS_SCENARIOS, ...ANNOUNCE_SCENARIOS,
];

/** Registers the whole suite for one engine: a first visit in a browser of its own, then
 * each size, every scenario, in one session.
 * A scenario gets the driver and { engine, site, origin, host, size }. */
export function engineSuite(engine) {
  const ctx = { engine };
  before(async () => {
    ctx.site = await serveSite();
    ctx.origin = ctx.site.origin;
    ctx.host = await startHost(ctx.origin);
  });
  after(async () => {
    await ctx.site?.stop();
    await ctx.host?.stop();
  });

  describe(`${engine} first visit in a fresh profile`, () => {
    test('the wasm is downloaded once; a second page by its address logs no error', () => firstVisit(engine, ctx));
  });

  for (const size of SIZES) {
    describe(`${engine} ${size.label} ${size.width}x${size.height}`, () => {
      let d;
      before(async () => { d = await launch(engine, size); });
      after(async () => { await d?.close(); });
      for (const [name, run] of SCENARIOS) {
        test(name, async () => {
          let errors;
          try {
            await run(d, { ...ctx, size });
          } finally {
            await d.top().catch(() => {});
            errors = await d.takeErrors();
          }
          assert.deepEqual(errors, [], 'no uncaught error, rejected promise or console error');
        });
      }
    });
  }
}
