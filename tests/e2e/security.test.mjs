// Safe under bad input and hostile hosts: the strict policy holds with no violation,
// scripts and styles carry integrity that matches what is served, hostile URLs and stored
// values always give a real screen, and a full visit (every section, a finished quiz, the
// embed) sends nothing anywhere and stores nothing but the quiz's one key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, openPage, waitForApp, waitForInteractive } from './harness.mjs';
import { finishQuiz } from './quiz.mjs';
import { widgetFrame } from './widget.mjs';
import { CONTENT_SECURITY_POLICY, PRE_PAINT_SCRIPTS, NOT_FOUND_STYLE } from '../../scripts/static-server.mjs';
import { startHost } from '../shared/host.mjs';
import { DIST, EVERY_PAGE, FRAME_PAGES, NOT_FOUND_FILE, STEPS, SECTIONS, screen, stepAddress, comparison, oldLink, notFoundHeading } from '../shared/pages.mjs';
import { VIEWPORTS, PHONE, DESKTOP } from '../shared/viewports.mjs';
import { HEADING, NAV_LINK, QUIZ, TEARS, EVIDENCE_TOGGLE } from '../shared/selectors.mjs';
import { QUIZ_KEY as KEY } from '../shared/wording.mjs';

/** Every address the site serves: each built file, and each page by its folder. */
const SITE_FILES = new Set(readdirSync(DIST, { recursive: true }).flatMap((f) => [`/${f}`, `/${f.replace(/(^|\/)index\.html$/, '$1')}`]));

const site = useSite();

test('the server sends the strict policy and safe headers; wasm is application/wasm', async () => {
  const res = await fetch(`${site.origin}/`);
  assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}='){2}; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  assert.equal((await fetch(`${site.origin}/${wasm}`)).headers.get('content-type'), 'application/wasm');
});

test("the one inline style the policy allows is the 404 page's, and the README gives hosts this policy", () => {
  const page = readFileSync(join(DIST, NOT_FOUND_FILE), 'utf8');
  const styles = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1, 'one <style> element in the 404 page');
  const hash = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
  assert.equal(NOT_FOUND_STYLE, hash, 'scripts/static-server.mjs names the built 404 page\'s style (style/not-found.css changed: put the new hash there and in the README)');
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`), 'the README\'s "Deploy" gives hosts the policy the server sends');
  for (const file of readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith('.html') && f !== NOT_FOUND_FILE)) {
    assert.ok(!readFileSync(join(DIST, file), 'utf8').includes('<style'), `${file} has no inline style`);
  }
});

const EMBEDDED = new Set(FRAME_PAGES);

test('on every page and its lean copy, every script and stylesheet carries an integrity hash that matches what is served', async () => {
  const copies = EVERY_PAGE.flatMap((path) => [[path, `${path}index.html`], [path, `${path}lean.html`]]);
  for (const [path, file] of [...copies, [NOT_FOUND_FILE, NOT_FOUND_FILE]]) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((m) => m[0])
      // Every script file, sheet and module; what a page carries inline is checked below.
      .filter((t) => (/^<script/.test(t) && /\ssrc=/.test(t)) || /rel="?(stylesheet|modulepreload)"?/.test(t));
    assert.ok(tags.length >= 3 || path === NOT_FOUND_FILE, `${file}: ${tags.join('\n')}`);
    for (const tag of tags) {
      const url = new URL(tag.match(/(?:src|href)="?([^"\s>]+)"?/)[1], site.url(path));
      const [, integrity, algorithm] = tag.match(/integrity="?((sha256|sha384)-[^"\s>]+)"?/) ?? [];
      assert.ok(integrity, `${file}: no integrity on ${tag}`);
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      assert.equal(integrity, `${algorithm}-${createHash(algorithm).update(body).digest('base64')}`, `${file}: ${url}`);
    }
    // The inline scripts are the pre-paint scripts, which the policy names: old links on
    // the home page, the look options on the embed layout's.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const expected = EMBEDDED.has(path) ? ['look'] : path === '' ? ['old-links'] : [];
    assert.deepEqual(inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`),
      expected.map((name) => PRE_PAINT_SCRIPTS[name]),
      `${file}: ${expected.join() || 'no'} pre-paint script (static/${expected[0]}.js changed? The build prints the new hash: put it in scripts/static-server.mjs and the README)`);
    assert.ok(!/<script\s(?![^>]*\b(?:src=|type=application\/(?:json|octet-stream)))[^>]*>/.test(html), `${file}: no other inline script`);
    assert.ok(!/<[a-z][^>]*\sstyle=/.test(html.replace(/<template[\s\S]*?<\/template>/, '')), `${file}: no inline style attribute`);
  }
});

const long = (s, n) => s.repeat(n);
const HOSTILE_URLS = [
  '/#', '/#/', '/#//', '/#///tears', '/#/TEARS', '/#/tears/', '/#/tears/0', '/#/tears/-1', `/${oldLink(stepAddress(1))}/${STEPS + 1}`, '/#/tears/99999999999999999999999',
  '/#/tears/NaN', '/#/tears/1e3', '/#/tears/３', `/${oldLink(comparison().address)}/extra`, '/#/tears/%00', '/#/tears/%', '/#/flow/1', '/#/reflect/9',
  '/#/reflect?answers=1,2,3', '/#/embed/../flow', '/#/../../etc/passwd', '/#javascript:alert(1)', '/#<img src=x onerror=alert(1)>',
  `/#/${long('a', 5000)}`, `/#/tears/${long('9', 3000)}`, '/#/%F0%9F%98%80', '/#/😀', '/#/\u202e', '/#%E0%A4%A', '/#/flow%00',
  '/#/ tears', '/#/tears\t', '/#main', '/#support', '/#/embed', '/#/EMBED', '/#/__panic__',
  '/?embed=1', '/?embed=1&theme=<script>', '/?embed=1&accent=red', '/?embed=1&accent=%23zzzzzz', '/?embed=1&accent=expression(alert(1))',
  '/?embed=1&therapist=javascript:alert(1)', '/?embed=1&therapist=https://evil.example/%22%3E%3Cscript%3E', '/?embed=%', '/?embed=%E0%A4%A',
  '/?a=b&&&&=&=', `/?${long('x=1&', 3000)}`, '/?embed=1&theme=dark&theme=light', '/?bg=transparent&bg=<x>', '/?__proto__[x]=1&constructor=1',
  '/index.html#/flow', '/?embed=1#/reflect?x=1', '/?reload=abc#/tears/2', '/tears', '/flow/index.html', '/tears/3/?embed=1#/flow',
  '/frame/flow/?theme=<x>&accent=%23zzz&bg=url(x)', '/frame/?embed=1#/tears/4', '/reflect/#/__panic__', `/${comparison().address}#main`,
  // Doubled slashes: the server sends the page's address with single ones (its sheets and
  // scripts are a folder up from where a doubled slash would look).
  '/tears//3/', '//flow/', '/frame//reflect/?theme=dark', '///flow//',
];

/** Addresses with no page: each gets the "not here" page, with only its own 404. */
const MISSING_PAGES = [
  '/some/deep/path#/tears/3', '/tears/99/', '/tears/1/', '/TEARS/', '/frame/embed/', '/frame/nope/', '/%2e%2e/%2e%2e/etc/passwd',
  '/tears/%00/', '/index.html/x', `/${long('a/', 200)}`, '/😀/', '/flow/../../../sw.js/x',
  // A doubled slash before a host's name stays on this site: its "not here" page.
  '//evil.example/',
];

const HOSTILE_STORED = [
  'garbage', '', ' ', '{"a":1}', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '1|q99|0000000000',
  '2|q3|01r-2-----', '1|q3|', '1|q3|01r-2-----extra', '1|r|ZZZZZZZZZZ', long('1|', 100000), '1|q3|😀😀😀😀😀😀😀😀😀😀', 'null', 'undefined', '1|q-1|0000000000',
];

for (const vp of VIEWPORTS) {
  test(`${vp.name}: ${HOSTILE_URLS.length} hostile URLs and ${HOSTILE_STORED.length} corrupted stored values each give a real screen`, async () => {
    assert.ok(HOSTILE_URLS.length + HOSTILE_STORED.length >= 50);
    const { context, page, errors } = await openPage(site.browser, vp);
    // The test build's panic route is not in this build: `#/__panic__` must be harmless.
    for (const url of HOSTILE_URLS) {
      await page.goto(site.url(url.slice(1)));
      await waitForApp(page);
      await waitForInteractive(page);
      const h1 = (await page.locator(HEADING).first().textContent()).trim();
      assert.ok(h1.length > 3, `${url}: heading "${h1}"`);
      assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1, `${url}: crisis line`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth), false, url);
      assert.deepEqual(errors, [], url);
    }
    for (const url of MISSING_PAGES) {
      const response = await page.goto(site.url(url.slice(1)));
      assert.equal(response.status(), 404, url);
      assert.equal(await page.locator(HEADING).textContent(), notFoundHeading(), url);
      assert.ok(await page.locator('a[href="tel:116123"]').count() >= 1, `${url}: crisis line`);
      // One folder up from the host; the site's folder once the service worker serves it.
      // Never this page again: a way home that reloads the "not here" page is a dead end.
      const home = await page.locator('main a').first().getAttribute('href');
      assert.ok(['../', site.url()].includes(home), `${url}: a way home`);
      assert.notEqual(new URL(home, page.url()).pathname, new URL(page.url()).pathname, `${url}: the way home leads elsewhere`);
      assert.deepEqual(errors.splice(0).filter((e) => !/status of 404/.test(e)), [], url);
    }
    for (const value of HOSTILE_STORED) {
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value]);
      await page.goto(site.url(screen('reflect').address));
      await page.reload();
      await waitForApp(page);
      await page.waitForSelector(QUIZ.anyScreen);
      assert.deepEqual(errors, [], `stored ${value.slice(0, 40)}`);
    }
    await context.close();
  });
}

/** Visits every section and the walkthrough's steps inside `scope` (a page or frame) by
 * its links, opening every evidence note on the way; then finishes the quiz. */
async function visitEverything(scope) {
  const at = (address) => scope.waitForFunction(([p, h]) => location.pathname.endsWith(`/${p}`) && document.querySelector(h), [address, HEADING]);
  const openNotes = async () => { for (const toggle of await scope.locator(`${EVIDENCE_TOGGLE}:visible`).all()) await toggle.click(); };
  const section = async (name) => {
    await scope.locator(NAV_LINK).nth(1 + SECTIONS.indexOf(name)).click();
    await at(screen(name).address);
  };
  await section('tears');
  for (let step = 2; step <= STEPS; step += 1) {
    await openNotes();
    await scope.locator(TEARS.next).click();
    await at(stepAddress(step));
  }
  await scope.locator(TEARS.compareLink).click();
  await at(comparison().address);
  await openNotes();
  await section('flow');
  await openNotes();
  if (await scope.locator('.site-footer__embed').count()) {
    await scope.locator('.site-footer__embed').click();
    await at(screen('embed').address);
  }
  await section('reflect');
  await scope.locator(QUIZ.anyScreen).first().waitFor();
  return finishQuiz(scope);
}

function assertPrivate(requests, origins, chosen) {
  for (const r of requests) {
    const url = new URL(r.url);
    assert.equal(r.method, 'GET', r.url);
    assert.ok(origins.includes(url.origin), `request to another origin: ${r.url}`);
    for (const answer of chosen) assert.ok(!decodeURIComponent(r.url).includes(answer), `answer in URL: ${r.url}`);
  }
}

test('a full visit sends nothing, sets no cookie and stores only the quiz key', async () => {
  const { context, page, errors, requests } = await openPage(site.browser, PHONE);
  await page.goto(site.url());
  await waitForApp(page);
  const chosen = await visitEverything(page);
  await page.waitForTimeout(1000);
  assertPrivate(requests, [site.origin], chosen);
  for (const r of requests) assert.ok(SITE_FILES.has(new URL(r.url).pathname), `not a built file: ${r.url}`);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).map((d) => d.name),
    // The service worker's cache holds the site's own files, nothing the reader wrote.
    cached: (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat(),
  }));
  assert.deepEqual(stored.local, [KEY]);
  assert.equal(stored.session, 0);
  assert.deepEqual(stored.idb, []);
  for (const path of stored.cached) assert.ok(SITE_FILES.has(path), `cached ${path}`);
  for (const answer of chosen) assert.ok(!page.url().includes(answer));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full visit inside a host page\'s iframe keeps everything inside the frame', async () => {
  const host = await startHost(site.url('').replace(/\/$/, ''));
  const hostOrigin = host.origin;
  try {
    const { context, page, errors, requests } = await openPage(site.browser, DESKTOP);
    const messages = [];
    await page.exposeBinding('__hostSaw', (_s, m) => messages.push(m));
    await page.addInitScript(() => window.addEventListener('message', (e) => window.__hostSaw?.(JSON.stringify(e.data))));
    await page.goto(host.page('host-snippet.html'));
    const { frame } = await widgetFrame(page);
    const chosen = await visitEverything(frame);
    await page.waitForTimeout(1000);
    assertPrivate(requests, [site.origin, hostOrigin], chosen);
    // The host page only ever hears heights and section names.
    for (const m of messages) {
      const data = JSON.parse(m);
      if (data?.type !== 'crying-explainer:resize') continue;
      assert.deepEqual(Object.keys(data).sort(), ['height', 'section', 'type']);
      for (const answer of chosen) assert.ok(!m.includes(answer));
    }
    assert.ok(messages.length > 0, 'the frame reported its height');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing in the host page\'s storage');
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await host.stop();
  }
});
