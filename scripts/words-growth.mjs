// Words cost their own page only. Builds the site a second time, from a copy of the source
// in which one phrase of the flow page is about 5 KB longer, and compares every page's
// first load (brotli) with the build in `dist`: the flow page (in both layouts) must grow,
// every other page must change by less than 200 B, and the WebAssembly must not change at
// all: a phrase's key is its number in the content (build.rs), which its words do not move.
// Usage: node scripts/words-growth.mjs [dist]
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { measure } from './first-load.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, process.argv[2] ?? 'dist');
const WORK = join(ROOT, 'target/words-growth');
const COPY = join(WORK, 'src-copy');
const GROWN = join(WORK, 'dist');
const TARGET = process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target');
const GROWN_PAGES = new Set(['flow/index.html', 'frame/flow/index.html']);
const LIMIT = 200;
const ADDED = 5000;

/** About `length` characters of plain sentences, varied enough that brotli cannot fold
 *  them away (a page of real new text compresses about as well). */
function prose(length) {
  const words = ('feeling tears body calm breath river weather morning friend quiet heavy light ' +
    'gentle sometimes often rarely people differ studies found average relief sadness joy worry ' +
    'kind slow warm open closed flow block release therapist room session trust hand cheek').split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  let text = '';
  while (text.length < length) {
    const n = 6 + (next() % 9);
    const sentence = Array.from({ length: n }, () => words[next() % words.length]).join(' ');
    text += `${sentence[0].toUpperCase()}${sentence.slice(1)}. `;
  }
  return text;
}

// A copy of the source as it stands (the build reads the content from its own folder).
rmSync(WORK, { recursive: true, force: true });
mkdirSync(COPY, { recursive: true });
const tracked = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\0').filter((f) => f && existsSync(join(ROOT, f)));
for (const file of tracked) {
  mkdirSync(dirname(join(COPY, file)), { recursive: true });
  cpSync(join(ROOT, file), join(COPY, file));
}
symlinkSync(join(ROOT, 'node_modules'), join(COPY, 'node_modules'));

// The first paragraph of the flow page's introduction, 5 KB longer.
const flow = join(COPY, 'src/content/flow.rs');
const code = readFileSync(flow, 'utf8');
const intro = code.indexOf('pub const INTRO');
const phrase = code.indexOf('t!("', intro);
assert.ok(intro >= 0 && phrase > intro, 'src/content/flow.rs has an INTRO of t!("…") phrases');
const at = phrase + 't!("'.length;
writeFileSync(flow, `${code.slice(0, at)}${prose(ADDED)}${code.slice(at)}`);

// The same release build, sharing the compiled dependencies.
execFileSync(join(COPY, 'scripts/build-release.sh'), ['--dist', GROWN], {
  cwd: COPY,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CARGO_TARGET_DIR: TARGET },
});

// Cargo names a path package's build records without its folder, so the copy's build has
// just overwritten this tree's, pointing them at the copy's files: the next build here
// would pass for up to date and ship the copy's wasm. Forgetting them makes that build
// compile this crate again (the dependencies stay compiled).
// (Every profile: the prerender runs as a debug build, the wasm as a release one.)
const profiles = ['debug', 'release', 'wasm32-unknown-unknown/debug', 'wasm32-unknown-unknown/release'];
for (const records of profiles.map((p) => join(TARGET, p, '.fingerprint')).filter(existsSync)) {
  for (const name of readdirSync(records).filter((n) => n.startsWith('crying-explainer-'))) {
    rmSync(join(records, name), { recursive: true, force: true });
  }
}

const before = measure(DIST);
const after = measure(GROWN);
const wasm = (m) => m.files.find((f) => f.name.endsWith('_bg.wasm'));
const [oldWasm, newWasm] = [readFileSync(join(DIST, wasm(before).name)), readFileSync(join(GROWN, wasm(after).name))];
let differing = Math.abs(oldWasm.length - newWasm.length);
for (let i = 0; i < Math.min(oldWasm.length, newWasm.length); i += 1) if (oldWasm[i] !== newWasm[i]) differing += 1;
console.log(`${ADDED.toLocaleString('en-GB')} characters added to one phrase of the flow page`);
console.log(`wasm: ${wasm(before).raw.toLocaleString('en-GB')} B raw before, ${wasm(after).raw.toLocaleString('en-GB')} B after, ${differing} bytes differ`);
console.log(`${'page'.padEnd(36)}${'before'.padStart(10)}${'after'.padStart(10)}${'change'.padStart(9)}`);
const problems = [];
for (const page of before.pages) {
  const grown = after.pages.find((p) => p.page === page.page);
  const change = grown.total.brotli - page.total.brotli;
  console.log(`${page.page.padEnd(36)}${String(page.total.brotli).padStart(10)}${String(grown.total.brotli).padStart(10)}${String(change).padStart(9)}`);
  if (GROWN_PAGES.has(page.page)) {
    if (change < 1000) problems.push(`${page.page} grew by ${change} B only: the added words are not on it`);
  } else if (Math.abs(change) >= LIMIT) {
    problems.push(`${page.page} changed by ${change} B (limit ${LIMIT})`);
  }
}
if (differing > 0) problems.push(`the WebAssembly changed with words: ${differing} bytes differ`);
assert.deepEqual(problems, [], problems.join('\n'));
console.log(`every other page within ${LIMIT} B, the wasm byte for byte the same`);
