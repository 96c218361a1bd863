// Trunk's post_build hook (see Trunk.toml): on a release build (or with PRERENDER=1), turns
// the staged build into the site. Node does only what has no Rust equivalent here:
// 1. gives the wasm's imports short names (short-imports.mjs) and minifies the JS glue
//    (Trunk's own minifier cannot parse it) and the pre-paint scripts (terser);
// 2. then the Rust prerender (src/bin/prerender/) writes every page, the stylesheets, the
//    boot module, pages.json and the service worker's list, all from the page table.
// A development build (`trunk serve`) skips both: Trunk's own index.html renders every
// address in the browser, and a Rust edit rebuilds the app alone.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenExports, shortenImports } from './short-imports.mjs';
import { trimGlue } from './trim-glue.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) throw new Error('post-build.mjs runs as a Trunk hook: TRUNK_STAGING_DIR is not set');
const release = process.env.TRUNK_PROFILE === 'release';
if (!release && process.env.PRERENDER !== '1') process.exit(0);

const built = readdirSync(STAGING);
const glue = built.find((n) => /^crying-explainer-[0-9a-f]{1,16}\.js$/.test(n));
const wasm = built.find((n) => n.endsWith('_bg.wasm'));
if (!glue || !wasm) throw new Error(`no JS glue or _bg.wasm in the build: ${built.join(' ')}`);
if (release) {
  shortenImports(join(STAGING, wasm), join(STAGING, glue));
  shortenExports(join(STAGING, wasm), join(STAGING, glue));
  trimGlue(join(STAGING, glue));
  const code = readFileSync(join(STAGING, glue), 'utf8');
  writeFileSync(join(STAGING, glue), (await minify(code, { module: true, compress: true, mangle: true })).code);
}
for (const name of ['old-links', 'look']) {
  const code = readFileSync(join(ROOT, `static/${name}.js`), 'utf8');
  const min = await minify(code, { compress: true, mangle: true, format: { comments: false } });
  writeFileSync(join(STAGING, `${name}.js`), min.code);
}
// The prerender runs on the build machine with the stable toolchain, whatever compiled
// the wasm (scripts/build-release.sh sets a nightly and its flags for the wasm alone).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
  k !== 'RUSTUP_TOOLCHAIN' && !k.startsWith('CARGO_UNSTABLE_') && !k.startsWith('CARGO_TARGET_WASM32_')));
execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'prerender', '--bin', 'prerender', '--', STAGING], {
  cwd: ROOT,
  env,
  stdio: ['ignore', 'inherit', 'inherit'],
});
