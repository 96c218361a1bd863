// The self-reflection, end to end on the release build at both widths: a full run by
// keyboard and touch with back, copy, download and print; skip everything; axe on every
// screen; and the privacy proof: no request beyond the site's own files, answers nowhere
// but the one key. What it keeps and forgets is in reflect-storage.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { useSite, openPage } from './harness.mjs';
import { axe, hasHorizontalScroll, screenshot, foreignRequests } from './checks.mjs';
import { gotoQuiz, focusedId, stored, expectQuestion } from './quiz.mjs';
import { DIST, PAGES, screen } from '../shared/pages.mjs';
import { VIEWPORTS } from '../shared/viewports.mjs';
import { tapOrClick as press } from '../shared/chromium.mjs';
import { QUIZ_KEY as KEY, QUESTIONS as COUNT } from '../shared/wording.mjs';
import { QUIZ } from '../shared/selectors.mjs';

// Every page's address, and the files at the top of the build (the site is served at the root here).
const SITE_FILES = new Set([...PAGES.map((p) => `/${p}`), ...readdirSync(DIST, { withFileTypes: true }).filter((f) => f.isFile()).map((f) => `/${f.name}`)]);

const site = useSite();

async function open(vp, options) {
  const opened = await openPage(site.browser, vp, options);
  const { page } = opened;
  opened.console = [];
  page.on('console', (m) => opened.console.push(m.text()));
  // A stand-in for the print dialogue, which would block a headless page.
  await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  return opened;
}

/** The crisis line is on screen (not just on the page) at the top of this screen. */
async function crisisInView(page) {
  const box = await page.locator('.support-mini').boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: a full run by keyboard and ${vp.hasTouch ? 'touch' : 'mouse'}, with back, copy, download and print, leaves nothing behind`, async () => {
    const { context, page, errors, requests, console: logs } = await open(vp);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await gotoQuiz(page, site);

    // Before it starts: what it is, how long, privacy, stopping, crisis numbers.
    const intro = await page.locator(QUIZ.intro).textContent();
    for (const s of ['not a test', 'not a diagnosis', 'minutes', 'kept on this device only', 'Forget my answers', 'skip any question']) assert.ok(intro.includes(s), s);
    for (const tel of ['tel:116123', 'tel:111', 'tel:999']) assert.ok(await page.locator(`.quiz-intro a[href="${tel}"]`).count() === 1, tel);
    assert.deepEqual(await axe(page), [], 'axe intro');
    assert.equal(await hasHorizontalScroll(page), false);
    await screenshot(page, `reflect-intro-${vp.name}`);

    await press(vp, page.locator(QUIZ.start));
    await expectQuestion(page, 1);
    assert.ok(await crisisInView(page), 'crisis line in view on question 1');
    assert.equal(await page.locator('fieldset legend h2').count(), 1);
    assert.equal(await page.locator('fieldset input[type=radio]').count(), 5);
    assert.deepEqual(await axe(page), [], 'axe question');
    assert.equal(await hasHorizontalScroll(page), false);
    await screenshot(page, `reflect-question-${vp.name}`);

    // Question 1 by keyboard only: Tab into the group, arrows to choose, Tab to Next, Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('input[name=quiz-q0]:checked').getAttribute('value'), '1');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className.includes('quiz-next')), true);
    await page.keyboard.press('Enter');
    await expectQuestion(page, 2);

    // The rest by pointer, choosing a different answer each time.
    for (let n = 2; n <= COUNT; n += 1) {
      await expectQuestion(page, n);
      assert.ok(await crisisInView(page), `crisis line in view on question ${n}`);
      await press(vp, page.locator(QUIZ.choice).nth(n % 5));
      if (n === 3) {
        // Back keeps answers, both ways.
        await press(vp, page.locator(QUIZ.back));
        await expectQuestion(page, 2);
        assert.equal(await page.locator('input[name=quiz-q1]:checked').getAttribute('value'), '2');
        await press(vp, page.locator(QUIZ.next));
        await expectQuestion(page, 3);
        assert.equal(await page.locator('input[name=quiz-q2]:checked').getAttribute('value'), '3');
      }
      await press(vp, page.locator(QUIZ.next));
    }

    await page.waitForSelector(QUIZ.results);
    assert.equal(await focusedId(page), 'quiz-results-heading');
    const cards = await page.locator('.reflection').count();
    assert.ok(cards >= 2 && cards <= 5, `${cards} cards`);
    const results = (await page.locator(QUIZ.results).textContent()).toLowerCase();
    for (const banned of ['score', '%', 'you have ', 'out of 10', 'points']) assert.ok(!results.includes(banned), banned);
    for (const part of ['your answers', 'the article says:', 'research so far suggests:', 'source:', 'questions to think about, alone or with a counsellor']) assert.ok(results.includes(part), part);
    assert.ok(await page.locator('.reflection .evidence__label').count() >= cards);
    // Each card's research is its note, open, and said once (no copy of it above the note).
    assert.equal(await page.locator('.reflection .evidence__panel:visible').count(), cards);
    assert.equal(await page.locator('.reflection > p').count(), cards, 'one line of the card\'s own: what the answers mean');
    assert.deepEqual(await axe(page), [], 'axe results');
    assert.equal(await hasHorizontalScroll(page), false);
    await screenshot(page, `reflect-results-${vp.name}`);

    // Copy as text.
    await press(vp, page.locator(QUIZ.copy));
    await page.waitForFunction(() => document.querySelector('.share__status')?.textContent.startsWith('Copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith('My reflections on tears') && copied.includes('116 123'), copied.slice(0, 80));

    // Download as a text file.
    const [download] = await Promise.all([page.waitForEvent('download'), press(vp, page.locator(QUIZ.download))]);
    assert.equal(download.suggestedFilename(), 'my-reflections-on-tears.txt');
    const file = readFileSync(await download.path(), 'utf8');
    assert.equal(file, copied);
    await page.waitForFunction(() => document.querySelector('.share__status')?.textContent.includes('saved'));

    // Print: the dialogue is asked for, and the print view is a tidy summary.
    await press(vp, page.locator(QUIZ.print));
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ['.site-header', '.support-mini', '.quiz__actions', '.quiz-forget', '.evidence__toggle', '.share']
      .map((s) => [s, [...document.querySelectorAll(s)].every((el) => getComputedStyle(el).display === 'none')]));
    assert.deepEqual(hidden.filter(([, h]) => !h), [], 'hidden in print');
    assert.equal(await page.locator('.support').isVisible(), true, 'crisis numbers print');
    assert.ok(await page.locator('.reflection').first().isVisible(), 'cards print');
    assert.ok(await page.locator('.reflection .evidence__label').first().isVisible(), 'evidence labels print');
    await screenshot(page, `reflect-print-${vp.name}`);
    await page.emulateMedia({ media: 'screen' });

    // Privacy: wait a moment for anything late, then check everything that left the page.
    await page.waitForTimeout(500);
    assert.deepEqual(foreignRequests(requests, site.origin), []);
    const odd = requests.filter((r) => r.method !== 'GET' || (r.url.startsWith(site.origin) && !SITE_FILES.has(new URL(r.url).pathname)) || r.url.includes('?'));
    assert.deepEqual(odd.filter((r) => !r.url.startsWith('blob:')), [], 'only the site\'s own files');
    assert.equal(page.url(), site.url(screen('reflect').address), 'nothing in the URL');
    const value = await stored(page);
    assert.match(value, /^1\|r\|[0-9r-]{10}$/);
    const where = await page.evaluate(async (k) => ({
      local: Object.keys(localStorage),
      session: sessionStorage.length,
      cookie: document.cookie,
      idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
    }), KEY);
    assert.deepEqual(where, { local: [KEY], session: 0, cookie: '', idb: [] });
    const answerTexts = ['Sometimes hard', 'Almost always', value];
    assert.deepEqual(logs.filter((l) => answerTexts.some((a) => l.includes(a))), [], 'answers in console');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${vp.name}: skipping everything gives the gentle general reflection`, async () => {
    const { context, page, errors } = await open(vp);
    await gotoQuiz(page, site);
    await press(vp, page.locator(QUIZ.start));
    for (let n = 1; n <= COUNT; n += 1) {
      await expectQuestion(page, n);
      await press(vp, page.locator(QUIZ.skip));
    }
    await page.waitForSelector(QUIZ.results);
    assert.equal(await page.locator('.reflection').count(), 1);
    assert.ok((await page.locator('.reflection h3').textContent()).includes('A gentle thought'));
    assert.equal(await stored(page), `1|r|${'-'.repeat(COUNT)}`);
    await screenshot(page, `reflect-skipped-${vp.name}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
