// The flow section in the Chromium suites: opening it, and reading what its picture shows.
import assert from 'node:assert/strict';
import { openPage, waitForApp, countCalls, calls } from './harness.mjs';
import { screen } from '../shared/pages.mjs';
import { FLOW } from '../shared/selectors.mjs';

/** How many animation frames the page has asked for. */
export const frames = async (page) => (await calls(page)).frames;
/** The pressure the gauge shows, 0 to 100. */
export const pressure = async (page) => Number(await page.locator(FLOW.pressure).getAttribute('data-pressure'));
/** The picture's caption. */
export const caption = (page) => page.locator(FLOW.caption).textContent();

/** Opens the flow of `site` in a new context at `vp`, counting its animation frames. */
export async function openFlow(site, vp, options) {
  const opened = await openPage(site.browser, vp, options);
  await countCalls(opened.context);
  await opened.page.goto(site.url(screen('flow').address));
  await waitForApp(opened.page);
  await opened.page.waitForSelector(FLOW.visual);
  return opened;
}

/** Asserts no animation frame is requested over a while (one already queued may run). */
export async function assertNoFrames(page, why) {
  await page.waitForTimeout(150);
  const n = await frames(page);
  await page.waitForTimeout(400);
  assert.equal(await frames(page), n, why);
}
