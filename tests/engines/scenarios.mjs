// The end-to-end scenarios every other browser engine runs, written once against the
// engine-neutral driver (driver.mjs). Each engine gets one browser session per size; the
// scenarios run in order in it, and each ends by asserting that nothing went wrong in the
// page (no uncaught error, rejected promise, CSP violation or console error).
//
// Selectors and expectations come from the Chromium suites in tests/e2e/; addresses come
// from screens.mjs only.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';
import { startHost } from '../e2e/harness.mjs';
import { launch } from './driver.mjs';
import { SCREENS, screenUrl, screenOf } from './screens.mjs';
import { STEP_HEADINGS, COMPARE_HEADING } from '../e2e/headings.mjs';
import { ANNOUNCE_SCENARIOS } from './announce-scenarios.mjs';

const DIST = process.env.DIST ?? 'dist';

export const SIZES = [
  { label: 'phone', width: 360, height: 740 },
  { label: 'desktop', width: 1280, height: 800 },
];

const HEADINGS = {
  home: 'Why we cry',
  ...Object.fromEntries(STEP_HEADINGS.map((h, i) => [i === 0 ? 'tears' : `tears/${i + 1}`, h])),
  'tears/compare': COMPARE_HEADING,
  flow: 'When feelings get stuck',
  reflect: 'You and your tears',
  embed: 'Embed this guide',
};
const CAPTION = {
  steady: 'The flow is steady.',
  building: 'Pressure is building behind the block.',
  lettingGo: 'The channel opens: the pressure eases.',
};
const QUIZ_KEY = 'crying-explainer/reflect/v1';
const COPIED = ['Copied.', 'Sorry, this browser would not let us copy.'];

/**
 * The site under test on 127.0.0.1 with its strict policy, and a switch that cuts it off
 * the network (every connection is refused), the same way for every engine.
 */
async function startSite(dir = DIST) {
  const server = await serve({ dir, port: 0 });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Off: stop listening and drop every open connection, so the browser is refused at once. */
    async setOffline(on) {
      if (on) {
        await new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
      } else if (!server.listening) {
        await new Promise((ok, err) => { server.once('error', err); server.listen(port, '127.0.0.1', ok); });
      }
    },
    stop: () => new Promise((ok) => {
      if (!server.listening) return ok();
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

// ---- small page-side helpers, written once on top of the driver ----

/** Waits until the app is live (not just the prerendered copy) showing `screen`. */
async function expectScreen(d, screen, { url = true } = {}) {
  await d.waitFor(
    (h) => document.querySelector('main#main h1')?.textContent === h
      && performance.getEntriesByName('app-interactive').length === 1,
    HEADINGS[screen],
    { timeout: 20_000, message: `screen ${screen} ("${HEADINGS[screen]}")` },
  );
  if (url) assert.equal(screenOf(await d.eval(() => location.href)), screen, 'address');
}

async function open(d, origin, screen) {
  await d.goto(screenUrl(origin, screen));
  await expectScreen(d, screen);
}

/** Clicks the first visible link on this page's own origin to `screen` (in the navigation
 * if there is one there, else anywhere). */
async function followLink(d, screen) {
  const links = await d.eval(() => [...document.querySelectorAll('a')].map((a) => ({
    href: a.href,
    own: a.origin === location.origin,
    visible: a.getClientRects().length > 0,
    nav: !!a.closest('nav'),
  })));
  const to = (l) => l.own && l.visible && screenOf(l.href) === screen;
  let index = links.findIndex((l) => to(l) && l.nav);
  if (index < 0) index = links.findIndex(to);
  assert.ok(index >= 0, `a visible link to ${screen}`);
  await d.click('a', index);
}

const text = (d, selector) => d.eval((s) => document.querySelector(s)?.textContent ?? null, selector);
const focusedId = (d) => d.eval(() => document.activeElement?.id ?? '');
const sidewaysScroll = (d) => d.eval(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
const stored = (d) => d.eval((k) => localStorage.getItem(k), QUIZ_KEY);

async function expectStep(d, n) {
  await expectScreen(d, n === 1 ? 'tears' : `tears/${n}`);
  assert.equal(await text(d, '.tears__progress'), `Step ${n} of 6`);
  assert.equal(await focusedId(d), 'tears-heading', `focus on step ${n}'s heading`);
}

async function expectQuestion(d, n, { focus = true } = {}) {
  await d.waitFor((t) => document.querySelector('.quiz__progress')?.textContent === t, `Question ${n} of 10`);
  if (focus) assert.equal(await focusedId(d), 'quiz-question-heading', `focus on question ${n}`);
}

/** Answers questions from..10 by pointer (a different choice each time); ends on the results. */
async function answerQuiz(d, from = 1) {
  for (let n = from; n <= 10; n += 1) {
    await expectQuestion(d, n);
    await d.click('.choice', n % 5);
    await d.click('.quiz-next');
  }
  await d.waitForSelector('.quiz-results');
}

/** Brings the quiz to its intro, forgetting anything an earlier scenario left. */
async function freshQuiz(d) {
  await d.waitForSelector('.quiz-intro, .quiz-question, .quiz-results');
  if (await d.eval(() => !document.querySelector('.quiz-intro'))) {
    await d.click('.quiz-forget__ask');
    await d.click('.quiz-forget__yes');
    await d.waitForSelector('.quiz-intro');
  }
}

// ---- the scenarios ----

const SCENARIOS = [
  ['every screen by link, then by its own address and a reload; a screenshot of each', async (d, { origin, size }) => {
    await open(d, origin, 'home');
    for (const screen of ['tears', 'flow', 'reflect', 'embed', 'home']) {
      await followLink(d, screen);
      await expectScreen(d, screen);
      assert.equal(await d.eval(() => document.activeElement?.tagName), 'H1', `focus on ${screen}'s heading`);
    }
    for (const screen of SCREENS) {
      await open(d, origin, screen);
      await d.reload();
      await expectScreen(d, screen);
      assert.match(await d.eval(() => document.title), /Why we cry|Embed/);
      for (const tel of ['tel:116123', 'tel:999']) {
        assert.ok(await d.eval((t) => document.querySelectorAll(`a[href="${t}"]`).length, tel) >= 1, `${screen} ${tel}`);
      }
      assert.equal(await sidewaysScroll(d), false, `${screen} scrolls sideways at ${size.label}`);
      const small = await d.eval(() => [...document.querySelectorAll('nav a, .card__link, .support a, .button, .tears button, .tears a')]
        .map((el) => ({ el: el.textContent.trim().slice(0, 30), r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.height < 44 || r.width < 44))
        .map(({ el, r }) => `${el} ${Math.round(r.width)}x${Math.round(r.height)}`));
      assert.deepEqual(small, [], `${screen}: touch targets under 44 px at ${size.label}`);
      // Show pictures as a reader sees them once their gentle motion has played.
      await d.eval(() => document.getAnimations().forEach((a) => a.finish()));
      await d.screenshot(screen.replace('/', '-'));
    }
    // "Embed this": each snippet's Copy says copied, or how to copy it by hand.
    await d.click('.snippet__bar button');
    const said = await d.waitFor(() => document.querySelector('.snippet__status')?.textContent || null);
    assert.ok(['Copied', 'Could not copy. Select the text'].some((s) => said.startsWith(s)), `snippet copy says: ${said}`);
    await d.eval(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined }); });
    await d.click('.snippet__bar button', 1);
    await d.waitFor(() => document.querySelectorAll('.snippet__status')[1]?.textContent.startsWith('Could not copy'));
  }],

  ['the whole walkthrough by Next, Back, the dots and the arrow keys; compare', async (d, { origin }) => {
    await open(d, origin, 'tears');
    for (let n = 2; n <= 6; n += 1) { await d.click('.tears__next'); await expectStep(d, n); }
    for (let n = 5; n >= 1; n -= 1) { await d.click('.tears__back'); await expectStep(d, n); }
    for (const n of [4, 2, 6]) { await d.click('.tears__dot', n - 1); await expectStep(d, n); }
    await d.click('.tears__dot', 0);
    await expectStep(d, 1);
    // Keys, with focus in the walkthrough (it is on the heading after a change).
    await d.eval(() => document.getElementById('tears-heading').focus());
    for (let n = 2; n <= 6; n += 1) { await d.press('ArrowRight'); await expectStep(d, n); }
    await d.press('ArrowRight');
    await expectStep(d, 6);
    for (let n = 5; n >= 1; n -= 1) { await d.press('ArrowLeft'); await expectStep(d, n); }
    // Evidence notes open and close.
    await d.click('.evidence__toggle');
    assert.equal(await d.eval(() => document.querySelector('.evidence__toggle').getAttribute('aria-expanded')), 'true');
    await d.screenshot('tears-note-open');
    await d.click('.tears__compare-link a');
    await expectScreen(d, 'tears/compare');
    await d.screenshot('tears-compare');
  }],

  ['the flow: sliders, Open the channel, Pause and Play', async (d, { origin }) => {
    await open(d, origin, 'flow');
    await d.waitForSelector('.flow-visual');
    await d.eval(() => {
      document.querySelector('.flow-visual__stage').scrollIntoView({ block: 'center' });
      window.__frames = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (cb) => { window.__frames += 1; return raf(cb); };
    });
    const frames = () => d.eval(() => window.__frames);
    const pressure = async () => Number(await d.eval(() => document.querySelector('#flow-pressure').dataset.pressure));
    const particles = () => d.eval(() => document.querySelector('.flow-figure__particles').getAttribute('d'));
    assert.equal(await text(d, '.flow-visual__caption'), CAPTION.steady);
    const p0 = await particles();
    await d.waitFor((p) => document.querySelector('.flow-figure__particles').getAttribute('d') !== p, p0, { message: 'particles move' });

    // Stress by pointer (the middle of the track), then both sliders by keyboard.
    await d.click('#flow-stress');
    const mid = Number(await d.eval(() => document.querySelector('#flow-stress').value));
    assert.ok(mid >= 3 && mid <= 7, `a click in the middle of the stress slider gives ${mid}`);
    await d.press('End');
    assert.equal(await d.eval(() => document.querySelector('#flow-stress').value), '10');
    await d.eval(() => document.querySelector('#flow-holding').focus());
    for (let i = 0; i < 7; i += 1) await d.press('ArrowRight');
    assert.equal(await d.eval(() => document.querySelector('#flow-holding').value), '7');
    assert.match(await d.eval(() => document.querySelector('#flow-holding').parentElement.textContent), /7 of 10/);
    await d.press('End');
    await d.waitFor((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.building);
    await d.waitFor(() => Number(document.querySelector('#flow-pressure').dataset.pressure) >= 50, null, { timeout: 10_000, message: 'pressure builds' });
    await d.screenshot('flow-building');

    const before = await pressure();
    await d.click('.flow-controls__release');
    await d.waitFor((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.lettingGo);
    await d.wait(700);
    assert.notEqual(await d.eval(() => document.querySelector('.flow-figure__tears').getAttribute('d')), '', 'tears fall');
    await d.screenshot('flow-letting-go');
    await d.wait(800);
    const during = await pressure();
    assert.ok(during < before, `pressure falls: ${before} then ${during}`);

    // Pause stops every animation frame and the picture; Play starts them again.
    await d.click('.flow-visual__pause');
    assert.equal(await text(d, '.flow-visual__pause'), 'Play');
    await d.wait(150);
    const n = await frames();
    const still = await particles();
    await d.wait(400);
    assert.equal(await frames(), n, 'no frames while paused');
    assert.equal(await particles(), still, 'still while paused');
    await d.click('.flow-visual__pause');
    assert.equal(await text(d, '.flow-visual__pause'), 'Pause');
    const m = await frames();
    await d.wait(300);
    assert.ok(await frames() > m, 'frames again after Play');
  }],

  ['a whole quiz: resume after a reload, results, copy, download, print, forget', async (d, { origin, engine }) => {
    await open(d, origin, 'reflect');
    await freshQuiz(d);
    await d.click('.quiz-start');
    await expectQuestion(d, 1);
    // Question 1 by keyboard: into the group, choose with the arrows, on to Next.
    await d.press('Tab');
    await d.press('Space');
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q0]:checked')?.value), '0');
    await d.press('ArrowDown');
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q0]:checked')?.value), '1');
    await d.press('Tab');
    assert.ok(await d.eval(() => document.activeElement.className.includes('quiz-next')), 'Tab reaches Next');
    await d.press('Enter');
    await expectQuestion(d, 2);
    await d.click('.choice', 4);
    await d.click('.quiz-next');
    await expectQuestion(d, 3);
    assert.match(await stored(d), /^1\|q2\|/);

    // A reload mid-quiz resumes at the same question, answers kept.
    await d.reload();
    await expectScreen(d, 'reflect');
    await expectQuestion(d, 3, { focus: false });
    assert.match(await text(d, '.quiz__note'), /Welcome back/);
    await d.click('.quiz-back');
    await expectQuestion(d, 2);
    assert.equal(await d.eval(() => document.querySelector('input[name=quiz-q1]:checked')?.value), '4');
    await d.click('.quiz-next');
    await answerQuiz(d, 3);

    assert.equal(await focusedId(d), 'quiz-results-heading');
    const cards = await d.eval(() => document.querySelectorAll('.reflection').length);
    assert.ok(cards >= 2 && cards <= 5, `${cards} cards`);
    assert.match(await stored(d), /^1\|r\|[0-9r-]{10}$/);
    await d.screenshot('reflect-results');

    // Copy: either copied, or a calm note to download instead (never an error).
    await d.click('.share__copy');
    const said = await d.waitFor(() => document.querySelector('.share__status')?.textContent || null);
    assert.ok(COPIED.some((s) => said.startsWith(s)), `copy says: ${said}`);
    console.log(`# ${engine}: copy as text says "${said.split('.')[0]}."`);
    // Where there is no Clipboard API (an insecure origin, an old browser), the calm note.
    await d.eval(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined }); });
    await d.click('.share__copy');
    await d.waitFor((t) => document.querySelector('.share__status')?.textContent.startsWith(t), COPIED[1]);

    // Download: a text file made on the device, really saved by the browser.
    await d.click('.share__download');
    await d.waitFor(() => document.querySelector('.share__status')?.textContent.includes('saved'));
    const saved = await d.savedFile('my-reflections-on-tears.txt');
    assert.ok(saved.startsWith('My reflections on tears') && saved.includes('116 123'), saved.slice(0, 80));

    // Print asks for the dialogue (a stand-in here: a real one would block the session).
    await d.eval(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await d.click('.share__print');
    assert.equal(await d.eval(() => window.__printed), 1);

    // Forget: asks first (focus on the safe choice), then clears and says so.
    await d.click('.quiz-forget__ask');
    assert.equal(await focusedId(d), 'quiz-forget-no');
    await d.click('.quiz-forget__yes');
    await d.waitForSelector('.quiz-intro');
    assert.match(await text(d, '.quiz__note'), /forgotten/);
    assert.equal(await focusedId(d), 'quiz-intro-heading');
    assert.equal(await stored(d), null);
    await d.reload();
    await expectScreen(d, 'reflect');
    await d.wait(200);
    assert.equal(await d.eval(() => document.querySelectorAll('.quiz-intro').length), 1, 'nothing comes back after a reload');
  }],

  ['embedded in a host page on another origin: the frame follows its content', async (d, { host }) => {
    await d.goto(host.page('host-snippet.html'));
    const frame = '#widget iframe';
    /** Waits until the iframe's height matches its content's (within a few pixels). */
    const fits = async (why) => {
      let last;
      for (let i = 0; i < 60; i += 1) {
        await d.top();
        const outer = await d.eval((s) => document.querySelector(s).getBoundingClientRect().height, frame);
        await d.frame(frame);
        const inner = await d.eval(() => ({
          body: Math.ceil(document.body.getBoundingClientRect().height),
          scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        }));
        last = { outer, ...inner };
        if (Math.abs(outer - inner.body) <= 4 && inner.scroll <= 1) return;
        await d.wait(100);
      }
      assert.fail(`${why}: the frame does not fit its content: ${JSON.stringify(last)}`);
    };
    await d.frame(frame);
    await expectScreen(d, 'tears', { url: false });
    assert.equal(await d.eval(() => document.querySelectorAll('.brand').length), 0, 'no page header of its own');
    await fits('first screen');
    for (const screen of ['flow', 'reflect', 'home', 'tears']) {
      await followLink(d, screen);
      await expectScreen(d, screen, { url: false });
      await fits(screen);
    }
    for (let n = 2; n <= 6; n += 1) {
      await d.click('.tears__next');
      await expectScreen(d, `tears/${n}`, { url: false });
      await fits(`step ${n}`);
    }
    await followLink(d, 'reflect');
    await expectScreen(d, 'reflect', { url: false });
    await freshQuiz(d);
    await d.click('.quiz-start');
    await answerQuiz(d);
    await fits('quiz results');
    await d.click('.quiz-forget__ask');
    await d.click('.quiz-forget__yes');
    await d.waitForSelector('.quiz-intro');
    await d.top();
    assert.equal(await sidewaysScroll(d), false);
    await d.eval(() => window.scrollTo(0, 0));
    await d.screenshot('embed-host');
  }],

  ['after one visit, reloads and works with the site cut off the network', async (d, { origin, site }) => {
    await open(d, origin, 'home');
    const worker = await d.eval(async () => {
      if (!('serviceWorker' in navigator)) return 'no navigator.serviceWorker';
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
      }
      return 'controlled';
    });
    assert.equal(worker, 'controlled', 'a service worker controls the page on http://127.0.0.1');
    await site.setOffline(true);
    try {
      await d.reload();
      await expectScreen(d, 'home');
      for (const screen of ['tears', 'flow', 'reflect']) {
        await followLink(d, screen);
        await expectScreen(d, screen);
      }
      await freshQuiz(d);
      await d.click('.quiz-start');
      await answerQuiz(d);
      // A fresh navigation (not a reload) to another screen also comes from the cache.
      await open(d, origin, 'flow');
      await d.click('.flow-controls__release');
      await d.waitFor((t) => document.querySelector('.flow-visual__caption').textContent === t, CAPTION.lettingGo);
      await d.screenshot('offline-flow');
      await open(d, origin, 'reflect');
      await d.waitForSelector('.quiz-results');
      await d.click('.quiz-forget__ask');
      await d.click('.quiz-forget__yes');
      await d.waitForSelector('.quiz-intro');
    } finally {
      await site.setOffline(false);
    }
  }],
];

/** Registers the whole suite for one engine: each size, every scenario, in one session. */
export function engineSuite(engine) {
  const ctx = { engine };
  before(async () => {
    assert.ok(readdirSync(DIST).includes('index.html'), `no built site in ${DIST}: run trunk build --release`);
    ctx.site = await startSite();
    ctx.origin = ctx.site.origin;
    ctx.host = await startHost(ctx.origin);
  });
  after(async () => {
    await ctx.site?.stop();
    await ctx.host?.stop();
  });

  for (const size of SIZES) {
    describe(`${engine} ${size.label} ${size.width}x${size.height}`, () => {
      let d;
      before(async () => { d = await launch(engine, size); });
      after(async () => { await d?.close(); });
      for (const [name, run] of [...SCENARIOS, ...ANNOUNCE_SCENARIOS]) {
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
