// Writes the built site's pages: one folder per screen, each an index.html holding that
// screen's prerendered markup in the shared template, and 404.html. Every address in a
// page is relative to it, so the site works wherever it is copied.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Subresource integrity value of `data`. */
export const sri = (data) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

/** A content-hashed file name, like Trunk's own: `name-0123456789abcdef.ext`. */
export const hashedName = (name, ext, data) =>
  `${name}-${createHash('sha256').update(data).digest('hex').slice(0, 16)}.${ext}`;

/** Where post-build.mjs leaves room in the template for a page's own section sheet. */
export const SECTION_SHEET_SLOT = '<!--section-sheet-->';

/** The section whose sheet a page needs before its first paint (none for "Embed this"). */
const sectionOf = (page) => ({ '': 'home', tears: 'tears', flow: 'flow', reflect: 'reflect' })[page.path.replace(/^frame\//, '').split('/')[0]];

/** A page's own section sheet, render-blocking, and the others' addresses for the boot
 * module to load once the app runs (`sheets`: section -> { file, integrity }). */
function sectionSheets(page, sheets) {
  const own = sectionOf(page);
  const link = own ? `<link href=${sheets[own].file} integrity=${sheets[own].integrity} rel=stylesheet>` : '';
  const root = page.root === './' ? '' : page.root;
  const later = Object.keys(sheets).filter((s) => s !== own).map((s) => `${root}${sheets[s].file}`).join(' ');
  return `${link}<meta name=later-sheets content="${later}">`;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The template's own files (stylesheet, scripts, icons, manifest) addressed from a page
 * `root` (such as `../../`) away from the site's folder. */
function relocate(html, root) {
  if (root === './') return html;
  return html.replace(/((?:href|src)=("?))(?=[\w.-]+\.(?:css|js|wasm|png|svg|ico|webmanifest)[\s">])/g, `$1${root}`);
}

/** The pre-paint scripts each page keeps: old `#/…` links arrive only at the site's home
 * page (`old-links-*.js`), a host's look options only at the embed layout's pages
 * (`look-*.js`). */
function prePaintScripts(html, page) {
  const keep = page.embedded ? 'look' : page.path === '' ? 'old-links' : null;
  return html.replace(/<script src=(old-links|look)-\w+\.js [^>]*><\/script>/g, (tag, name) => (name === keep ? tag : ''));
}

/** A page inside a host's iframe has no tab, bookmark or home-screen icon of its own:
 * the embed layout's pages name no icon file or manifest (an empty icon, so a browser
 * that opens one on its own does not ask the domain's root for a favicon). */
function frameHead(html, page) {
  if (!page.embedded) return html;
  return html
    .replace(/<link [^>]*rel=(?:manifest|apple-touch-icon)>/g, '')
    .replace(/<link [^>]*rel=icon>/, '<link href="data:," rel=icon>');
}

/** One page's document. */
function pageHtml(template, page, panicTemplate, sheets) {
  const canonical = page.embedded ? `${page.root}${page.path.replace(/^frame\//, '')}` : './';
  const rootAttrs = `data-root="${page.root}"${page.embedded ? ' data-embed=1' : ''}`;
  const withSheets = template.replace(SECTION_SHEET_SLOT, () => sectionSheets(page, sheets));
  if (withSheets === template) throw new Error('the template has no slot for the section sheet');
  let html = relocate(frameHead(prePaintScripts(withSheets, page), page), page.root)
    .replace(/<html([^>]*)>/, (_, attrs) => `<html${attrs} ${rootAttrs}>`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escape(page.title)}</title>`)
    .replace(/<meta [^>]*name="?description"?[^>]*>/, () =>
      `<meta name=description content="${escape(page.description)}"><link rel=canonical href="${canonical || './'}">`);
  if (!html.includes('rel=canonical')) throw new Error('the template has no meta description to follow');
  const appRoot = /<div id="?app"?><\/div>/;
  if (!appRoot.test(html)) throw new Error('the template has no empty <div id="app"></div> to prerender into');
  return html.replace(appRoot, () => `<div id=app>${page.app}</div>${panicTemplate}`);
}

/** The page for missing addresses. A host serves it at any depth, where no relative
 * address to the site's files would hold, so it names none: no stylesheet, no script. */
function notFoundHtml(notFound) {
  return `<!doctype html><html lang=en-GB><head><meta charset=utf-8>`
    + `<meta name=viewport content="width=device-width, initial-scale=1">`
    + `<meta name=robots content=noindex><link rel=icon href="data:,"><title>${escape(notFound.title)}</title></head>`
    + `<body>${notFound.app}</body></html>\n`;
}

/** Writes every page into `dir`; returns how many. */
export function writePages(dir, template, { pages, panicTemplate, notFound }, sheets) {
  for (const page of pages) {
    const folder = join(dir, page.path);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), pageHtml(template, page, panicTemplate, sheets));
  }
  writeFileSync(join(dir, '404.html'), notFoundHtml(notFound));
  return pages.length + 1;
}
