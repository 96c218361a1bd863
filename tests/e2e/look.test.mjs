// The pre-paint scripts, run on their own with a stand-in document: where old hash links
// go (static/old-links.js, on the home page), and which look options are set
// (static/look.js, written into the embed layout's pages). Run as built (the build fills the page
// table's data into old-links.js), with the expected pages from the same table. The
// browser suites prove the same end to end (first-paint, embed, security).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { DIST, FRAME_FOLDER, STEPS, screen, stepAddress, comparison, framePath, oldLink } from '../shared/pages.mjs';

/** A pre-paint script as a built page carries it (its one inline script), and the text
 * of the data block before it, if any (old-links.js reads the page table's data there). */
const carried = (page) => {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  const code = html.match(/<script>([\s\S]*?)<\/script>/)?.[1];
  assert.ok(code, `/${page} carries its pre-paint script`);
  return { code, data: html.match(/<script id=old-links type=application\/json>([^<]*)<\/script>/)?.[1] };
};
const SCRIPTS = { 'old-links': carried(''), look: carried(FRAME_FOLDER) };

/** Runs a pre-paint script on a page at `search` + `hash` (and `pathname`). `framed`: in a
 * host page's frame, whose size the script watches; `resized` then reports the page as
 * that tall, and `posted` holds what the host page was sent. */
function run({ script = 'old-links', search = '', hash = '', pathname = '/', framed = false, height = 0 } = {}) {
  const attrs = new Map();
  const style = new Map();
  const box = (tall) => ({ getBoundingClientRect: () => ({ height: tall }) });
  const html = {
    hidden: false,
    getAttribute: (k) => attrs.get(k) ?? null,
    hasAttribute: (k) => attrs.has(k),
    setAttribute: (k, v) => attrs.set(k, String(v)),
    style: { setProperty: (k, v) => style.set(k, v) },
    ...box(0),
  };
  let replaced = null;
  const location = { search, hash, pathname, replace: (to) => { replaced = to; } };
  const posted = [];
  const window = {};
  window.parent = framed ? { postMessage: (message, target) => posted.push({ message, target }) } : window;
  const watched = [];
  window.ResizeObserver = class {
    constructor(callback) { this.callback = callback; }
    observe(element) { watched.push({ element, callback: this.callback }); }
  };
  const { code, data } = SCRIPTS[script];
  const document = {
    documentElement: html,
    body: box(height),
    getElementById: (id) => (id === 'old-links' && data ? { textContent: data } : null),
  };
  runInNewContext(code, { document, location, URLSearchParams, window, JSON });
  const resized = () => watched.forEach(({ callback }) => callback([]));
  return { replaced, hidden: html.hidden, theme: attrs.get('data-theme'), bg: attrs.get('data-bg'), style, watched, resized, posted };
}

test('old hash links on the home page go to their screen\'s own page, as the app parses them', () => {
  const first = stepAddress(1);
  const last = stepAddress(STEPS);
  const tears = oldLink(first);
  const [compare, flow, reflect, embed] = [comparison(), screen('flow'), screen('reflect'), screen('embed')].map((s) => s.address);
  // The old comparison link in mixed case: the section's name in capitals, the view's
  // first letter (`#/TEARS/Compare`).
  const mixedCase = oldLink(compare).replace(/^#\/([^/]+)\/(.)/, (_, section, initial) => `#/${section.toUpperCase()}/${initial.toUpperCase()}`);
  const cases = {
    [tears]: first, [tears.toUpperCase()]: first, [tears.replace('#/', '#')]: first, [`${tears}/`]: first, [`${tears}/1`]: first,
    [oldLink(stepAddress(3))]: stepAddress(3), [`${oldLink(last)}/`]: last, [`${tears}/0`]: first, [`${tears}/${STEPS + 1}`]: last,
    [`${tears}/99999999999999999999999`]: last, [`${tears}/-1`]: first, [`${tears}/2x`]: first, [`${tears}/%33`]: first,
    [`${tears}/007`]: last, [`${tears}/03`]: stepAddress(3), [mixedCase]: compare, [`${oldLink(compare)}?x=1`]: compare,
    [oldLink(flow)]: flow, [`${oldLink(flow)}/3`]: flow, [`${oldLink(reflect)}?x=1`]: reflect, [oldLink(embed)]: embed, [oldLink(embed).toUpperCase()]: embed,
  };
  for (const [hash, to] of Object.entries(cases)) {
    const out = run({ hash });
    assert.equal(out.replaced, to, hash);
    assert.equal(out.hidden, true, `${hash}: the home page never paints`);
  }
});

test('anything else stays on the page it asked for', () => {
  for (const hash of ['', '#', '#/', '#main', '#support', '#/nope', '#/tearsx', '#/../flow', '#/__panic__', `#/tears/${'9'.repeat(80)}`, '#/😀']) {
    const out = run({ hash });
    assert.equal(out.replaced, null, hash);
    assert.equal(out.hidden, false, hash);
  }
  // The embed layout's pages take no old links, only the look.
  assert.equal(run({ script: 'look', hash: '#/flow', search: '?embed=1' }).replaced, null);
});

test('old embedded links go to the embed layout\'s page, keeping the look options', () => {
  const reflect = screen('reflect').address;
  const flow = screen('flow').address;
  assert.equal(run({ search: '?embed=1', hash: oldLink(reflect) }).replaced, framePath(reflect));
  assert.equal(run({ search: '?embed=1' }).replaced, framePath(screen('home').address));
  assert.equal(run({ search: '?embed=1&theme=dark&accent=%23aa3366', hash: oldLink(stepAddress(4)) }).replaced, `${framePath(stepAddress(4))}?theme=dark&accent=%23aa3366`);
  assert.equal(run({ search: '?embed=0', hash: oldLink(flow) }).replaced, flow);
});

test('theme and background come from the query; anything else is ignored', () => {
  assert.equal(run({ script: 'look', search: '?theme=dark' }).theme, 'dark');
  assert.equal(run({ script: 'look', search: '?theme=light&theme=dark' }).theme, 'dark');
  assert.equal(run({ script: 'look', search: '?theme=<script>' }).theme, undefined);
  // See-through only with a fixed theme: with the reader's device choosing the text's
  // colour, it could be dark text on a host's dark page.
  assert.equal(run({ script: 'look', search: '?bg=transparent&theme=dark' }).bg, 'transparent');
  assert.equal(run({ script: 'look', search: '?theme=light&bg=transparent' }).bg, 'transparent');
  assert.equal(run({ script: 'look', search: '?bg=transparent' }).bg, undefined);
  assert.equal(run({ script: 'look', search: '?bg=transparent&theme=auto' }).bg, undefined);
  assert.equal(run({ script: 'look', search: '?bg=<x>&theme=dark' }).bg, undefined);
  assert.equal(run({ script: 'look', search: `?${'x=1&'.repeat(600)}theme=dark` }).theme, undefined, 'oversized query');
  assert.doesNotThrow(() => run({ script: 'look', search: '?theme=%E0%A4%A&accent=%' }));
  assert.doesNotThrow(() => run({ script: 'look', search: '?__proto__[x]=1&constructor=1&toString=1' }));
});

test('in a host page, the page tells the host how tall it is and which section shows; alone, it says nothing', () => {
  const flow = framePath(screen('flow').address);
  const step = framePath(stepAddress(3));
  for (const [pathname, section] of [[`/site/${flow}`, 'flow'], [`/${step}`, 'tears'], [`/site/${framePath('')}`, 'home']]) {
    const page = run({ script: 'look', pathname, framed: true, height: 2345.2 });
    assert.equal(page.watched.length, 1, 'the page is watched');
    page.resized();
    // (Through JSON: the script's objects are another realm's.)
    assert.deepEqual(JSON.parse(JSON.stringify(page.posted)), [{ message: { type: 'crying-explainer:resize', height: 2346, section }, target: '*' }], pathname);
  }
  const alone = run({ script: 'look', pathname: `/${flow}` });
  assert.equal(alone.watched.length, 0);
  // Even before the app, or without it: the script runs first, whatever the options.
  assert.equal(run({ script: 'look', search: '?accent=nope', framed: true }).watched.length, 1);
});

test('an accent is used only where it keeps text readable (contrast 4.5)', () => {
  const accent = (value) => Object.fromEntries(run({ script: 'look', search: `?accent=${encodeURIComponent(value)}` }).style);
  // A teal like the design's own reads on the light page only.
  assert.deepEqual(accent('#1F6F78'), { '--accent-light': '#1f6f78', '--accent-light-on': '#ffffff' });
  // A dark plum: light pages only, white text on it.
  assert.deepEqual(accent('#6b2d5c'), { '--accent-light': '#6b2d5c', '--accent-light-on': '#ffffff' });
  // A pale gold: dark pages only, black text on it.
  assert.deepEqual(accent('#f5c77e'), { '--accent-dark': '#f5c77e', '--accent-dark-on': '#000000' });
  assert.deepEqual(accent('#abc'), accent('#aabbcc'));
  for (const bad of ['red', '#zzzzzz', 'expression(alert(1))', '#12345', '']) assert.deepEqual(accent(bad), {}, bad);
});
