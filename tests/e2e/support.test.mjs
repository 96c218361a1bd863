// Help for every reader on every page: each page the build writes (every screen and every
// embedded section, from the page table) and the 404 page shows the support lines, marked as
// UK ones: Samaritans, Shout's text line (an sms: link to 85258), NHS 111 option 2 and 999,
// then Lifeline, Childline and a pointer for readers outside the UK, all one tap from the
// reminder at the top. Checked as prerendered (scripts off) and once the app is live.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { EVERY_PAGE, screen, stepAddress } from '../shared/pages.mjs';
import { PHONE } from '../shared/viewports.mjs';
import { SUPPORT_LINKS } from '../shared/wording.mjs';

const site = useSite();

/** What the page shows of its support: the full list's text and links, and the reminder. */
function supportOf(page) {
  return page.evaluate(() => {
    const strip = document.querySelector('aside.support');
    const mini = document.querySelector('.support-mini');
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      visible: visible(strip),
      text: strip?.textContent ?? '',
      // The lines' links, not "Find a therapist" (a host's own address).
      links: [...(strip?.querySelectorAll('a[href]') ?? [])].filter((a) => visible(a) && !a.closest('.support__therapist')).map((a) => a.getAttribute('href')),
      mini: mini?.textContent ?? null,
      miniLinks: [...(mini?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
    };
  });
}

function assertFullList(s, where) {
  assert.ok(s.visible, `${where}: the support list shows`);
  assert.match(s.text, /These are UK lines/, `${where}: marked as UK lines`);
  for (const words of ['Samaritans', 'Text SHOUT to 85258', 'option 2', '999', 'Lifeline', 'Northern Ireland', 'Childline', 'Not in the UK?']) {
    assert.ok(s.text.includes(words), `${where}: ${words}`);
  }
  // Exactly the known lines: a line added to the content must be added to SUPPORT_LINKS,
  // the list every suite checks.
  assert.deepEqual([...new Set(s.links)].sort(), [...SUPPORT_LINKS].sort(), `${where}: the list's links`);
}

for (const [mode, javaScriptEnabled] of [['prerendered', false], ['live', true]]) {
  test(`${mode}: every page and embedded section shows the UK support lines, 85258 included`, async () => {
    const { context, page, errors } = await openPage(site.browser, PHONE, { javaScriptEnabled });
    try {
      for (const path of EVERY_PAGE) {
        await page.goto(site.url(path));
        if (javaScriptEnabled) {
          await waitForApp(page);
          // The live app has replaced the prerendered copy.
          await waitForInteractive(page);
        }
        const s = await supportOf(page);
        assertFullList(s, `${mode} ${path || 'home'}`);
        // The reminder at the top: UK lines, Samaritans and Shout, and one tap to the list.
        assert.ok(s.mini?.includes('In the UK'), `${path}: the reminder says UK`);
        for (const href of ['tel:116123', 'sms:85258?body=SHOUT', '#support']) {
          assert.ok(s.miniLinks.includes(href), `${path}: the reminder links ${href}`);
        }
      }
      // With scripts off the browser refuses the module preloads; live, nothing may fail.
      if (javaScriptEnabled) assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('"All support lines" brings the list to the top of the screen, its heading and "UK lines" in view', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  const MINI = '.support-mini a[href="#support"]';
  // The reflection's own UK lines link to the full list, for Northern Ireland, under-19s
  // and readers outside the UK.
  const INTRO = '.quiz-intro__support a[href="#support"]';
  try {
    // The list is taller than a phone's screen: focus alone would centre it, putting its
    // start above the top.
    const links = [[screen('flow').address, MINI], [screen('reflect').address, MINI], [stepAddress(3), MINI], [screen('reflect').address, INTRO]];
    for (const [path, link] of links) {
      await page.goto(site.url(path));
      await waitForInteractive(page);
      if (link === INTRO) assert.match(await page.locator(link).textContent(), /Northern Ireland.*under 19.*outside the UK/);
      await page.locator(link).tap();
      await page.waitForFunction(() => document.activeElement?.id === 'support');
      const top = await page.evaluate(() => document.getElementById('support').getBoundingClientRect().top);
      assert.ok(Math.abs(top) <= 2, `${path}: the list starts at the top of the screen (${top} px)`);
      assert.equal(new URL(page.url()).pathname, `/${path}`, `${path}: the address stays`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the 404 page shows the same lines', async () => {
  const { context, page } = await openPage(site.browser, PHONE);
  try {
    assert.equal((await page.goto(site.url('no-such-page/'))).status(), 404);
    assertFullList(await supportOf(page), '404');
  } finally {
    await context.close();
  }
});
