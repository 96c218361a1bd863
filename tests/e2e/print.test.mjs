// On paper: a reader may print a page to take to a counsellor. Every page prints its
// words and pictures in the light palette (even in dark mode), every evidence note open,
// the crisis lines and the credit to the article and its author, and no control: paper
// cannot press a button, and a printed "swipe to move" would only confuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { screenshot } from './checks.mjs';
import { finishQuiz, gotoQuiz } from './quiz.mjs';
import { PAGES, pageName } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';

const site = useSite();

/** What paper would show of the page now. */
const onPaper = () => {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const body = getComputedStyle(document.body);
  return {
    controls: [...document.querySelectorAll('button, input, .tears__nav, .skip-link')].filter(shown)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}"`),
    // Of the notes on paper (the comparison has a table for wide pages, cards for narrow).
    closedNotes: [...document.querySelectorAll('.evidence')].filter(shown)
      .filter((note) => !shown(note.querySelector('.evidence__panel'))).length,
    notes: [...document.querySelectorAll('.evidence')].filter(shown).length,
    credit: [...document.querySelectorAll('.site-footer__credit, .home__credit')].filter(shown).map((el) => el.textContent).join(''),
    numbers: [...document.querySelectorAll('.support a[href^="tel:"], .support a[href^="sms:"]')].filter(shown).map((el) => el.textContent.trim()),
    colours: [body.backgroundColor, body.color],
  };
};

/** Checks the page as printed, and keeps a picture of it. */
async function checkPrinted(page, what) {
  await page.emulateMedia({ media: 'print' });
  const paper = await page.evaluate(onPaper);
  assert.deepEqual(paper.controls, [], `${what}: no control on paper`);
  assert.equal(paper.closedNotes, 0, `${what}: all ${paper.notes} evidence notes open`);
  assert.match(paper.credit, /Crying in the therapy room.*Natasha Kelly/s, `${what}: the credit`);
  for (const number of ['116 123', '999']) assert.ok(paper.numbers.some((n) => n.includes(number)), `${what}: ${number}`);
  assert.deepEqual(paper.colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], `${what}: black on white`);
  await screenshot(page, `print-${what}`);
  await page.emulateMedia({ media: 'screen' });
}

test('every page, and the reflections, print as words, pictures, evidence, crisis lines and credit', async () => {
  // Dark, to show the page still prints black on white.
  const { context, page, errors } = await openPage(site.browser, PHONE, { colorScheme: 'dark' });
  for (const path of PAGES) {
    await page.goto(site.url(path));
    await waitForApp(page);
    await checkPrinted(page, pageName(path));
  }
  await gotoQuiz(page, site);
  await finishQuiz(page);
  await checkPrinted(page, 'reflections');
  assert.deepEqual(errors, []);
  await context.close();
});
