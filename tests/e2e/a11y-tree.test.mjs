// What a screen reader reads, page by page: Chromium's accessibility tree (through the
// DevTools protocol, `Accessibility.getFullAXTree`) walked in reading order, as text. For
// every page the build writes (EVERY_PAGE) at the phone size:
// - the text holds every heading, every support number and every picture's facts (its
//   title, description, charts and routes in words), taken from the page itself;
// - one h1, the landmarks (banner, navigation, main, contentinfo), a skip link first,
//   every figure and image named;
// - it matches the reviewed snapshot in tests/e2e/snapshots/a11y-tree/ (run with
//   UPDATE_SNAPSHOTS=1 to accept a change, then review the diff like code).
// Reading order against visual order at 320 and 1280 px is in a11y-order.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { useSite, withPage, waitForApp, waitForInteractive } from './harness.mjs';
import { readTree } from './a11y-read.mjs';
import { EVERY_PAGE, pageName, screenAt } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';

const DIR = 'tests/e2e/snapshots/a11y-tree';
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

const site = useSite();

/** What the page shows that a listener must also hear, read from the DOM. */
function facts(page) {
  return page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0;
    const words = (el) => el.textContent.replace(/\s+/g, ' ').trim();
    return {
      headings: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible).map(words),
      numbers: [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].filter(visible).map(words),
      pictures: [
        ...[...document.querySelectorAll('svg[role="img"]')].flatMap((svg) => [
          svg.getAttribute('aria-label'),
          ...(svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)),
        ]).map((x) => (x && typeof x !== 'string' ? words(x) : x)),
        ...[...document.querySelectorAll('figure')].map((f) => words(document.getElementById(f.getAttribute('aria-labelledby')) ?? f)),
        ...[...document.querySelectorAll('figcaption li, .flow-visual__caption, .tfig__caption')].map(words),
      ].filter(Boolean),
    };
  });
}

for (const path of EVERY_PAGE) {
  test(`what a screen reader reads on /${path}`, async () => {
    await withPage(site.browser, PHONE, {}, async ({ page, errors }) => {
      await page.goto(site.url(path));
      await waitForApp(page);
      await waitForInteractive(page);
      const { lines, text } = await readTree(page);
      const heard = text.replace(/\s+/g, ' ');
      const seen = await facts(page);

      for (const h of seen.headings) assert.ok(heard.includes(h), `heading heard: ${h}`);
      assert.ok(seen.numbers.length >= 3, 'support numbers on the page');
      for (const n of seen.numbers) assert.ok(heard.includes(n), `support number heard: ${n}`);
      for (const f of seen.pictures) assert.ok(heard.includes(f), `picture's fact heard: ${f}`);

      const roles = lines.map((l) => l.split(' ')[0]);
      assert.equal(lines.filter((l) => l.startsWith('heading 1 ')).length, 1, 'one h1');
      for (const landmark of ['banner', 'navigation', 'main', 'contentinfo']) {
        assert.ok(roles.includes(landmark), `landmark ${landmark}`);
      }
      const firstLink = lines.find((l) => l.startsWith('link '));
      assert.match(firstLink, /^link "Skip to/, 'the skip link is the first link');
      for (const l of lines) {
        assert.doesNotMatch(l, /^(figure|image)( ""|$)/, `every figure and image has a name: ${l}`);
      }
      if (screenAt(path).section === 'tears') assert.ok(roles.includes('figure'), 'the walkthrough figure is exposed');

      const file = `${DIR}/${pageName(path)}.txt`;
      // The embed page shows the site's own address, whose port changes every run.
      const now = `${lines.join('\n')}\n`.replaceAll(site.origin, 'http://SITE');
      if (UPDATE || !existsSync(file)) {
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, now);
        if (!UPDATE) assert.fail(`no snapshot yet: wrote ${file}; review it, commit it, run again`);
      } else {
        const was = readFileSync(file, 'utf8');
        if (was !== now) {
          const a = was.split('\n');
          const b = now.split('\n');
          const i = a.findIndex((l, k) => l !== b[k]);
          assert.fail(`what a reader hears on /${path} changed at line ${i + 1}:\n- ${a[i]}\n+ ${b[i]}\n`
            + `(UPDATE_SNAPSHOTS=1 to accept, then review the diff of ${file})`);
        }
      }
      assert.deepEqual(errors, []);
    });
  });
}
