// The walkthrough's explorable figures, end to end on the release build at both widths:
// every button of every step and of the comparison changes the picture and the polite
// caption; "Start again" returns to rest; keyboard; axe in every state; motion runs
// only on screen in a visible tab; reduced motion shows each state as a still; dark
// mode keeps each tear's colour; a screenshot of each state in target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { useSite, openPage, waitForApp } from './harness.mjs';
import { axe, hasHorizontalScroll } from './checks.mjs';
import { FIGURES } from './walkthrough.mjs';
import { screen } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE, DESKTOP } from '../shared/viewports.mjs';
import { FIGURE, TEARS } from '../shared/selectors.mjs';
import { stepProgress } from '../shared/wording.mjs';

/** Each tear's colour, light and dark (DESIGN.md), as the browser reports it. */
const COLOURS = {
  light: { basal: 'rgb(70, 117, 82)', reflex: 'rgb(47, 109, 181)', emo: 'rgb(181, 71, 47)' },
  dark: { basal: 'rgb(140, 199, 155)', reflex: 'rgb(127, 176, 245)', emo: 'rgb(240, 140, 116)' },
};

const site = useSite();

/** Opens the figure of step `n` (or 'compare'). */
async function open(page, n) {
  await page.goto(site.url(screen(n).address));
  await waitForApp(page);
  await page.waitForSelector(FIGURE.controls);
}

/** What the figure shows: its drawing, its caption, and the pressed buttons. */
function snapshot(page) {
  return page.evaluate(() => ({
    picture: document.querySelector('.tears__figure svg').innerHTML,
    caption: document.querySelector('.tfig__caption').textContent,
    pressed: [...document.querySelectorAll('.tfig__choice')].map((b) => b.getAttribute('aria-pressed')),
  }));
}

/** A screenshot of the figure alone, as a reader sees it once its motion has played. */
async function shoot(page, name) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.evaluate(() => document.querySelector('.tears__figure').getAnimations({ subtree: true }).forEach((a) => a.finish()));
  await page.locator(TEARS.figure).screenshot({ path: `target/screenshots/${name}.png` });
}

/** Every figure's every button, by pointer (tap on the phone) or keyboard; checks and shoots each state. */
async function everyState(page, vp, { tag, keyboard = false, check = async () => {} }) {
  for (const { place: n } of FIGURES) {
    await open(page, n);
    const rest = await snapshot(page);
    assert.equal(await page.locator(FIGURE.caption).getAttribute('role'), 'status', `${n}: polite live caption`);
    assert.equal(await page.locator(FIGURE.reset).getAttribute('aria-disabled'), 'true', `${n}: nothing to start again from`);
    await check(page, `${n} rest`);
    await shoot(page, `tear-fig-${n}-rest-${tag}`);
    const choices = page.locator(FIGURE.choice);
    const count = await choices.count();
    assert.ok(count >= 1, `${n} has a control`);
    let before = rest;
    for (let i = 0; i < count; i++) {
      const button = choices.nth(i);
      if (keyboard) {
        await button.focus();
        await page.keyboard.press(i % 2 ? 'Space' : 'Enter');
      } else if (vp.hasTouch) {
        await button.tap();
      } else {
        await button.click();
      }
      await page.waitForFunction((c) => document.querySelector('.tfig__caption').textContent !== c, before.caption);
      if (keyboard) assert.ok(await button.evaluate((b) => b === document.activeElement), `${n} button ${i} keeps focus`);
      const after = await snapshot(page);
      assert.notEqual(after.picture, before.picture, `${n} button ${i} changes the picture`);
      assert.notEqual(after.picture, rest.picture, `${n} button ${i} leaves rest`);
      if (count > 1) {
        assert.deepEqual(after.pressed, [...Array(count)].map((_, j) => String(j === i)), `${n} button ${i} pressed`);
      } else {
        assert.deepEqual(after.pressed, [null], `${n}: a single action is not a toggle`);
      }
      // The caption's claim carries its evidence note, inside the figure.
      assert.ok(await page.locator('.tears__figure .evidence').count() >= 1, `${n} button ${i} evidence`);
      await check(page, `${n} button ${i}`);
      await shoot(page, `tear-fig-${n}-${i + 1}-${tag}`);
      before = after;
    }
    if (keyboard) {
      await page.locator(FIGURE.reset).focus();
      await page.keyboard.press('Enter');
    } else {
      await page.locator(FIGURE.reset).click();
    }
    await page.waitForFunction((c) => document.querySelector('.tfig__caption').textContent === c, rest.caption);
    if (keyboard) assert.ok(await page.locator(FIGURE.reset).evaluate((b) => b === document.activeElement), `${n}: start again keeps focus`);
    assert.equal((await snapshot(page)).picture, rest.picture, `${n}: start again returns to rest`);
  }
}

for (const vp of VIEWPORTS) {
  test(`${vp.name}: every control of every figure changes the picture and the caption; axe clean; 44 px`, async () => {
    const { context, page, errors } = await openPage(site.browser, vp);
    await everyState(page, vp, {
      tag: vp.name,
      check: async (page, what) => {
        // Colours are checked as they end up, not halfway through a button's transition.
        await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
        assert.deepEqual(await axe(page), [], `${what}: axe`);
        const small = await page.evaluate(() => [...document.querySelectorAll('.tears__figure button')]
          .map((el) => el.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length);
        assert.equal(small, 0, `${what}: touch targets under 44px`);
        assert.equal(await hasHorizontalScroll(page), false, `${what}: sideways scroll`);
      },
    });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('keyboard: Tab reaches every control, Enter and Space press them, arrows still change step', async () => {
  const { context, page, errors } = await openPage(site.browser, DESKTOP);
  await everyState(page, DESKTOP, { tag: 'keyboard', keyboard: true });
  await open(page, 2);
  await page.focus(TEARS.heading);
  const reached = [];
  for (let i = 0; i < 30 && reached.length < 1; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('tfig__choice'))) reached.push(i);
  }
  assert.equal(reached.length, 1, 'Tab reaches the figure');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tfig__reset:not([aria-disabled])');
  // The figure's buttons leave the arrow keys to the walkthrough.
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [TEARS.progress, stepProgress(3)]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at rest every picture is drawn whole, so the app starting does not replay it; a choice sets motion off', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  const moving = () => page.evaluate(() => document.querySelector('.tears__figure').getAnimations({ subtree: true }).length);
  // Step 4's bars grew, and step 1's tears formed, on the built page and again when the app
  // replaced it.
  for (const n of [1, 4, 5, 'compare']) {
    await open(page, n);
    assert.equal(await moving(), 0, `${screen(n).address}: nothing moves at rest`);
  }
  await page.locator(FIGURE.choice).first().tap();
  assert.ok(await moving() > 0, 'a choice sets its motion off');
  await page.locator(FIGURE.reset).tap();
  assert.equal(await moving(), 0, 'back at rest, still');
  assert.deepEqual(errors, []);
  await context.close();
});

test('motion: routes travel and tears form, each at its own pace; paused off screen and in a hidden tab', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE);
  await open(page, 'compare');
  const figureAnimations = () => page.evaluate(() => document.querySelector('.tears__figure').getAnimations({ subtree: true })
    .map((a) => ({ name: a.animationName, state: a.playState, delay: a.effect.getTiming().delay, duration: a.effect.getTiming().duration, kind: a.effect.target.getAttribute('class') })));
  await page.locator(FIGURE.choice).tap();
  const running = (await figureAnimations()).filter((a) => a.state === 'running');
  const routes = running.filter((a) => a.name === 'tfig-route');
  assert.ok(routes.length >= 4, 'both routes travel');
  // Finite: no animation repeats forever.
  assert.ok(await page.evaluate(() => document.getAnimations().every((a) => Number.isFinite(a.effect.getComputedTiming().endTime))));
  // The emotional tear forms later than the reflex one: its own, slower pace.
  // The tear is the last thing each route grows.
  const drop = (kind) => running.filter((a) => a.name === 'tears-grow' && a.kind.includes(`i-${kind} `))
    .sort((a, b) => b.delay - a.delay)[0];
  assert.ok(drop('reflex') && drop('emo'));
  assert.ok(drop('emo').delay > drop('reflex').delay, 'the emotional tear comes more slowly');

  // Scrolled away: the figure's motion stops where it is.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForSelector('.tears__figure[data-paused]');
  assert.ok((await figureAnimations()).filter((a) => a.state !== 'finished').every((a) => a.state === 'paused'));
  await page.evaluate(() => document.querySelector('.tears__figure').scrollIntoView());
  await page.waitForSelector('.tears__figure:not([data-paused])');

  // A hidden tab stops it too, and showing the tab again lets it go on.
  await page.locator(FIGURE.choice).tap();
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForSelector('.tears__figure[data-paused]');
  const paused = (await figureAnimations()).filter((a) => a.state !== 'finished');
  assert.ok(paused.length > 0 && paused.every((a) => a.state === 'paused'), 'paused in a hidden tab');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForSelector('.tears__figure:not([data-paused])');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reduced motion and dark mode: every state is a still, tears keep their colours, axe clean', async () => {
  const { context, page, errors } = await openPage(site.browser, PHONE, { reducedMotion: 'reduce', colorScheme: 'dark' });
  await everyState(page, PHONE, {
    tag: 'phone-dark-still',
    check: async (page, what) => {
      const moving = await page.evaluate(() => document.querySelector('.tears__figure').getAnimations({ subtree: true }).length);
      assert.equal(moving, 0, `${what}: a still`);
      assert.deepEqual(await axe(page), [], `${what}: axe (dark)`);
    },
  });
  // Each kind keeps its own colour in dark mode (and in light, below).
  await open(page, 1);
  for (const [i, kind] of ['basal', 'reflex', 'emo'].entries()) {
    await page.locator(FIGURE.choice).nth(i).tap();
    const seen = await page.evaluate((k) => getComputedStyle(document.querySelector(`.tears__figure g g .i-${k}-line`)).stroke, kind);
    assert.equal(seen, COLOURS.dark[kind], `${kind} in dark`);
  }
  assert.deepEqual(errors, []);
  await context.close();

  const light = await openPage(site.browser, PHONE);
  await light.page.goto(site.url(screen(1).address));
  await waitForApp(light.page);
  for (const [i, kind] of ['basal', 'reflex', 'emo'].entries()) {
    await light.page.locator(FIGURE.choice).nth(i).tap();
    const seen = await light.page.evaluate((k) => getComputedStyle(document.querySelector(`.tears__figure g g .i-${k}-line`)).stroke, kind);
    assert.equal(seen, COLOURS.light[kind], `${kind} in light`);
  }
  await light.context.close();
});
