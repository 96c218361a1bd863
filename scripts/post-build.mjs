// Trunk's post_build hook (see Trunk.toml). Works on the staged build before it becomes
// dist/:
// 1. gives the wasm's imports short names (short-imports.mjs), minifies the JS glue, moves
//    Trunk's inline loader into an external module with an integrity hash, so a strict
//    Content-Security-Policy (no inline script) can be used;
// 2. joins the stylesheets into a shared one and one per section (with integrity hashes), and adds the pre-paint
//    scripts (static/old-links.js, static/look.js: old links, a host's look options);
// 3. writes one prerendered page per screen (pages.mjs), each with its own title,
//    description and canonical link, and every address relative, so the same build works
//    from any folder; and 404.html;
// 4. writes the service worker's precache list (every built file and page, relative to
//    the worker) and a version derived from the files' contents.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { shortenImports } from './short-imports.mjs';
import { hashedName, sri, writePages, SECTION_SHEET_SLOT } from './pages.mjs';
import { minify } from 'terser';

const ROOT = new URL('..', import.meta.url).pathname;
const STAGING = process.env.TRUNK_STAGING_DIR;
if (!STAGING) throw new Error('post-build.mjs runs as a Trunk hook: TRUNK_STAGING_DIR is not set');

const indexPath = join(STAGING, 'index.html');
let html = readFileSync(indexPath, 'utf8');
// Trunk writes site-absolute addresses (`/app.css`); every page makes them relative.
html = html.replace(/(href|src)=("?)\/(?=[\w.-]+\.\w+)/g, '$1=$2');

// 1. Minify the JS glue (Trunk's own minifier cannot parse it), external loader with
//    integrity, integrity on the JS glue preload.
const glue = html.match(/href=([\w.-]+\.js)[^>]*rel=modulepreload/)?.[1];
if (glue && process.env.TRUNK_PROFILE === 'release') {
  const wasmFile = readdirSync(STAGING).find((n) => n.endsWith('_bg.wasm'));
  if (!wasmFile) throw new Error('no _bg.wasm in the build');
  shortenImports(join(STAGING, wasmFile), join(STAGING, glue));
  const code = readFileSync(join(STAGING, glue), 'utf8');
  const min = await minify(code, { module: true, compress: true, mangle: true });
  writeFileSync(join(STAGING, glue), min.code);
}
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = html.match(inline);
if (loader) {
  // The loader sits in the site's folder with the glue and the wasm, so its imports are
  // relative to itself. If the WebAssembly cannot start (too old a browser, WebAssembly
  // switched off), the prerendered page stays, its evidence notes open, and a
  // prerendered note about it is revealed.
  const lines = loader[1].trim()
    .replace(/(['"])\/([\w.-]+\.js)\1/g, '$1./$2$1')
    // A fetch resolves against the page, not the module: name the wasm from the module.
    .replace(/(['"])\/([\w.-]+\.wasm)\1/g, "new URL('./$2', import.meta.url)")
    .split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  const body = lines.filter((l) => !l.startsWith('import ')).join('\n');
  // Once the app runs, it can show any section in place: the other sections' sheets
  // (named by the page, pages.mjs) load now, by absolute address, as the page's own
  // address will change.
  const later = "for (const f of document.querySelector('meta[name=later-sheets]')?.content.split(' ') ?? []) "
    + "document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(f, location.href).href }));";
  const code = `${imports.join('\n')}\ntry {\n${body}\n${later}\n} catch {\n  document.documentElement.classList.add('no-app');\n  document.getElementById('cannot-start')?.removeAttribute('hidden');\n}\n`;
  const name = hashedName('boot', 'js', code);
  writeFileSync(join(STAGING, name), code);
  html = html.replace(inline, () => `<script type=module src=${name} integrity=${sri(code)}></script>`);
}
html = html.replace(/<link ([^>]*?)href=([\w.-]+\.js) ([^>]*?)rel=modulepreload>/g, (tag, before, file, after) =>
  `<link ${before}href=${file} integrity=${sri(readFileSync(join(STAGING, file)))} ${after.replace(/integrity=\S+ /, '')}rel=modulepreload>`);

// 2. Two stylesheets instead of one per part: the shared one (tokens, shell, support,
//    evidence notes) and the page's own section's, so a page blocks its first paint only
//    on the rules it uses (1.1 to 1.9 KB brotli less than one joined sheet). The other
//    sections' sheets load once the app runs (the boot module, below), before a reader
//    can move there in place; the service worker precaches them all. Order is kept
//    (tokens first), so the cascade is unchanged. The pre-paint script follows them, so
//    they download at once.
/** Each section's own sheets, by their name in `style/`; the rest are shared. */
const SECTION_SHEETS = { home: ['home'], tears: ['tears', 'tear-figures'], reflect: ['quiz'], flow: ['flow'] };
const styleLink = /<link href=([\w.-]+\.css) integrity=[^ >]+ rel=stylesheet>/g;
const sheets = [...html.matchAll(styleLink)].map((m) => m[1]);
const sheetName = (file) => file.replace(/-[0-9a-f]{16}\.css$/, '');
const ownedBy = (file) => Object.keys(SECTION_SHEETS).find((k) => SECTION_SHEETS[k].includes(sheetName(file)));
const joinSheets = (name, files) => {
  const css = files.map((f) => readFileSync(join(STAGING, f), 'utf8')).join('\n');
  const file = hashedName(name, 'css', css);
  writeFileSync(join(STAGING, file), css);
  return { file, integrity: sri(css) };
};
const sharedSheet = joinSheets('app', sheets.filter((f) => !ownedBy(f)));
const sectionSheets = Object.fromEntries(Object.keys(SECTION_SHEETS)
  .map((section) => [section, joinSheets(`app-${section}`, sheets.filter((f) => ownedBy(f) === section))]));
for (const f of sheets) rmSync(join(STAGING, f));
// The pre-paint scripts, each kept by the pages that need it (pages.mjs).
let prePaint = '';
for (const name of ['old-links', 'look']) {
  const code = (await minify(readFileSync(join(ROOT, `static/${name}.js`), 'utf8'), { compress: true, mangle: true, format: { comments: false } })).code;
  const file = hashedName(name, 'js', code);
  writeFileSync(join(STAGING, file), code);
  prePaint += `<script src=${file} integrity=${sri(code)}></script>`;
}
let first = true;
html = html.replace(styleLink, () => (first
  ? ((first = false), `<link href=${sharedSheet.file} integrity=${sharedSheet.integrity} rel=stylesheet>${SECTION_SHEET_SLOT}${prePaint}`)
  : ''));

// 3. Every page, prerendered.
const prerendered = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'prerender', '--bin', 'prerender'], {
  cwd: ROOT,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
}));
rmSync(indexPath);
const pages = writePages(STAGING, html, prerendered, sectionSheets);

// 4. Service worker precache list and version. Pages are cached by their folder's
//    address, as readers open them; addresses are relative to the worker, which lives in
//    the site's folder, so the list holds wherever the site is copied.
const walk = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const files = walk(STAGING).map((p) => relative(STAGING, p)).filter((n) => n !== 'sw.js').sort();
const version = files.reduce((h, f) => h.update(f).update(readFileSync(join(STAGING, f))), (await import('node:crypto')).createHash('sha256'));
const precache = files.map((f) => (f === 'index.html' ? './' : f.replace(/(^|\/)index\.html$/, '$1')));
const swPath = join(STAGING, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("const VERSION = 'dev';", `const VERSION = '${version.digest('hex').slice(0, 12)}';`)
  .replace('const PRECACHE = [];', `const PRECACHE = ${JSON.stringify(precache)};`);
if (!sw.includes('PRECACHE = ["')) throw new Error('sw.js placeholders not found');
writeFileSync(swPath, sw);
console.log(`post-build: ${pages} pages prerendered, ${files.length} files precached`);
