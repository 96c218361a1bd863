// Trunk's post_build hook (see Trunk.toml). Works on the staged build before it becomes
// dist/:
// 1. prerenders the app's first screen into index.html, so words paint before the
//    WebAssembly arrives (and without JavaScript at all);
// 2. gives the wasm's imports short names (short-imports.mjs), minifies the JS glue, moves Trunk's inline loader into an external module with an integrity hash, so a
//    strict Content-Security-Policy (no inline script) can be used, and gives the JS glue
//    preload an integrity hash too;
// 3. joins the stylesheets into one file (with its integrity hash);
// 4. writes the service worker's precache list (every built file, by its hashed name) and
//    a version derived from the files' contents.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shortenImports } from './short-imports.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) throw new Error('post-build.mjs runs as a Trunk hook: TRUNK_STAGING_DIR is not set');

const sha = (alg, data) => createHash(alg).update(data).digest();
const sri = (data) => `sha384-${sha('sha384', data).toString('base64')}`;
const indexPath = join(STAGING, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. Prerender.
const app = execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'prerender', '--bin', 'prerender'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [appHtml, panicTemplate, textPage] = app.split('\n<!--prerender:panic-template-->\n');
if (!textPage) throw new Error('prerender printed no panic template or text page');

const appRoot = /<div id="?app"?><\/div>/;
if (!appRoot.test(html)) throw new Error('index.html has no empty <div id="app"></div> to prerender into');
html = html.replace(appRoot, () => `<div id=app>${appHtml}</div>${panicTemplate}`);

// 2. Minify the JS glue (Trunk's own minifier cannot parse it), external loader with
//    integrity, integrity on the JS glue preload.
const glue = html.match(/href=\/?([\w.-]+\.js)[^>]*rel=modulepreload/)?.[1];
if (glue && process.env.TRUNK_PROFILE === 'release') {
  const wasmFile = readdirSync(STAGING).find((n) => n.endsWith('_bg.wasm'));
  if (!wasmFile) throw new Error('no _bg.wasm in the build');
  shortenImports(join(STAGING, wasmFile), join(STAGING, glue));
  const { minify } = await import('terser');
  const code = readFileSync(join(STAGING, glue), 'utf8');
  const min = await minify(code, { module: true, compress: true, mangle: true });
  writeFileSync(join(STAGING, glue), min.code);
}
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = html.match(inline);
if (loader) {
  // If the WebAssembly cannot start (too old a browser, WebAssembly switched off), the
  // prerendered page stays and a prerendered note about it is revealed.
  const lines = loader[1].trim().split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  const body = lines.filter((l) => !l.startsWith('import ')).join('\n');
  const code = `${imports.join('\n')}\ntry {\n${body}\n} catch {\n  document.getElementById('cannot-start')?.removeAttribute('hidden');\n}\n`;
  const name = `boot-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(STAGING, name), code);
  html = html.replace(inline, () => `<script type=module src=/${name} integrity=${sri(code)}></script>`);
}
html = html.replace(/<link ([^>]*?)href=\/?([\w.-]+\.js) ([^>]*?)rel=modulepreload>/g, (tag, before, file, after) =>
  `<link ${before}href=/${file} integrity=${sri(readFileSync(join(STAGING, file)))} ${after.replace(/integrity=\S+ /, '')}rel=modulepreload>`);
writeFileSync(indexPath, html);

// 3. One stylesheet instead of one per part: fewer render-blocking requests on a slow
//    connection. Order is kept (tokens first), so the cascade is unchanged.
const styleLink = /<link href=\/?([\w.-]+\.css) integrity=[^ >]+ rel=stylesheet>/g;
const sheets = [...html.matchAll(styleLink)].map((m) => m[1]);
if (sheets.length > 1) {
  const css = sheets.map((f) => readFileSync(join(STAGING, f), 'utf8')).join('\n');
  const name = `app-${sha('sha256', css).toString('hex').slice(0, 16)}.css`;
  writeFileSync(join(STAGING, name), css);
  for (const f of sheets) rmSync(join(STAGING, f));
  let first = true;
  html = html.replace(styleLink, () => (first ? ((first = false), `<link href=/${name} integrity=${sri(css)} rel=stylesheet>`) : ''));
  writeFileSync(indexPath, html);
}

// The plain page (text.html): the same head (one stylesheet, icon) without scripts, and
// the guide as text.
const head = html.slice(0, html.search(/<body\b/))
  .replace(/<title>[^<]*<\/title>/, '<title>Why we cry: the guide as a simple page</title>')
  .replace(/<script\b[\s\S]*?<\/script>/g, '')
  .replace(/<link [^>]*rel=(?:modulepreload|"modulepreload"|preload|"preload")[^>]*>/g, '');
writeFileSync(join(STAGING, 'text.html'), `${head}<body>${textPage}</body></html>\n`);

// 4. Service worker precache list and version.
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = walk(STAGING).map((p) => relative(STAGING, p)).filter((n) => n !== 'sw.js').sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(STAGING, f)));
const swPath = join(STAGING, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("const VERSION = 'dev';", `const VERSION = '${version.digest('hex').slice(0, 12)}';`)
  .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(['/', ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`)])};`);
if (!sw.includes('PRECACHE = ["/"')) throw new Error('sw.js placeholders not found');
writeFileSync(swPath, sw);
console.log(`post-build: prerendered ${app.length} bytes, ${files.length} files precached`);
