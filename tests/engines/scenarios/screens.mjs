// Every screen, in every engine: by the site's links, then by its own address and a
// reload, with its title, the crisis lines, no sideways scroll, 44 px touch targets and a
// screenshot; and "Embed this"'s Copy.
import assert from 'node:assert/strict';
import { PAGES, SECTIONS, screen, screenAt, pageName } from '../../shared/pages.mjs';
import { SNIPPET } from '../../shared/selectors.mjs';
import { CRISIS_LINES } from '../../shared/wording.mjs';
import { expectScreen, open, followLink, sidewaysScroll } from '../page-helpers.mjs';

export const SCREEN_SCENARIOS = [
  ['every screen by link, then by its own address and a reload; a screenshot of each', async (d, { origin, size }) => {
    const home = screen('home').address;
    await open(d, origin, home);
    for (const address of [...SECTIONS.map((s) => screen(s).address), screen('embed').address, home]) {
      await followLink(d, address);
      await expectScreen(d, address);
      assert.equal(await d.eval(() => document.activeElement?.tagName), 'H1', `focus on /${address}'s heading`);
    }
    for (const address of PAGES) {
      await open(d, origin, address);
      await d.reload();
      await expectScreen(d, address);
      assert.equal(await d.eval(() => document.title), screenAt(address).title);
      for (const tel of CRISIS_LINES) {
        assert.ok(await d.eval((t) => document.querySelectorAll(`a[href="${t}"]`).length, tel) >= 1, `/${address} ${tel}`);
      }
      assert.equal(await sidewaysScroll(d), false, `/${address} scrolls sideways at ${size.label}`);
      const small = await d.eval(() => [...document.querySelectorAll('nav a, .card__link, .support a, .button, .tears button, .tears a')]
        .map((el) => ({ el: el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
        .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`));
      assert.deepEqual(small, [], `/${address}: touch targets under 44 px at ${size.label}`);
      // Show pictures as a reader sees them once their gentle motion has played.
      await d.eval(() => document.getAnimations().forEach((a) => a.finish()));
      await d.screenshot(pageName(address));
    }
    // "Embed this": each snippet's Copy says copied, or how to copy it by hand.
    await d.click(SNIPPET.copy);
    const said = await d.waitFor((s) => document.querySelector(s)?.textContent || null, SNIPPET.status);
    assert.ok(['Copied', 'Could not copy. Select the text'].some((s) => said.startsWith(s)), `snippet copy says: ${said}`);
    await d.eval(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined }); });
    await d.click(SNIPPET.copy, 1);
    await d.waitFor((s) => document.querySelectorAll(s)[1]?.textContent.startsWith('Could not copy'), SNIPPET.status);
  }],
];
