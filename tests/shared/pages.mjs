// The site's pages as the build lists them: `pages.json`, written by the prerender from
// the Rust page table (src/site_map/table.rs). Every suite and benchmark asks here for an
// address, a heading, a title or the number of steps or questions, and copies none of them.
//
//   screen('home' | 'embed' | 'tears' | 'flow' | 'reflect' | 1..STEPS | 'compare')
//   stepAddress(n), comparison(), headingOf(path), screenAt(path), framePath(address)
//
// An address is a page's folder below the site's folder (home is ''); a path is any built
// page's, embedded copies included (`frame/flow/`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built site under test (`DIST=... node --test` to test another build). */
export const DIST = process.env.DIST ?? 'dist';

function readTable(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8'));
  } catch (e) {
    throw new Error(`no page table in ${dir}/pages.json (${e.message}): run scripts/build-release.sh first`);
  }
}

const TABLE = readTable(DIST);

/** How many steps the walkthrough has. */
export const STEPS = TABLE.steps;
/** How many questions the reflection asks. */
export const QUESTIONS = TABLE.questions;
/** The folder the embed layout's pages live in (`frame/`). */
export const FRAME_FOLDER = TABLE.frameFolder;
/** The file a host serves for an address with no page. */
export const NOT_FOUND_FILE = TABLE.notFound;
/** Every screen's row: address, heading, title, description, parent, place, section. */
export const SCREENS = TABLE.screens;
/** Every screen's own page, home first, in the site's order. */
export const PAGES = TABLE.pages.filter((p) => !p.embedded).map((p) => p.path);
/** The embedded copies (the embed layout), under FRAME_FOLDER. */
export const FRAME_PAGES = TABLE.pages.filter((p) => p.embedded).map((p) => p.path);
/** All the pages the build writes: PAGES, then FRAME_PAGES. */
export const EVERY_PAGE = [...PAGES, ...FRAME_PAGES];

const one = (rows, what) => {
  if (rows.length !== 1) throw new Error(`pages.json has ${rows.length} screens for ${what}, not one`);
  return rows[0];
};

/**
 * One screen's row: `'home'`; a section's own page by its name (`'tears'` is step 1);
 * a walkthrough step by its number; `'compare'`; or `'embed'`, the one page beside home
 * that is no section's.
 */
export function screen(which) {
  if (which === 'home') return one(SCREENS.filter((s) => s.parent === null), which);
  if (which === 'embed') return one(SCREENS.filter((s) => s.parent !== null && s.section === null), which);
  if (typeof which === 'number' || which === 'compare') return one(SCREENS.filter((s) => s.place === which), `place ${which}`);
  return one(SCREENS.filter((s) => s.section === which && s.parent === screen('home').address), `section ${which}`);
}

/** The sections a host page can embed on their own, in the site's order. */
export const SECTIONS = [...new Set(SCREENS.map((s) => s.section).filter(Boolean))];

/** The address of the walkthrough's step `n` (1 to STEPS). */
export const stepAddress = (n) => screen(n).address;

/** The walkthrough's comparison screen. */
export const comparison = () => screen('compare');

/** The embedded copy of the page at `address`. */
export const framePath = (address) => `${FRAME_FOLDER}${address}`;

/** The screen a page shows, by the page's path (an embedded copy shows its screen's). */
export function screenAt(path) {
  const address = path.startsWith(FRAME_FOLDER) ? path.slice(FRAME_FOLDER.length) : path;
  return one(SCREENS.filter((s) => s.address === address), `address "${address}"`);
}

/** The h1 of the page at `path`. */
export const headingOf = (path) => screenAt(path).heading;

/** The address a link to the site at `siteUrl` leads to (`''` for home), embedded or
 * not; null for a link elsewhere. */
export function addressOf(href, siteUrl) {
  if (!href.startsWith(siteUrl)) return null;
  const path = new URL(href).pathname.slice(new URL(siteUrl).pathname.length);
  return path.startsWith(FRAME_FOLDER) ? path.slice(FRAME_FOLDER.length) : path;
}

/** The link to `address` as it was before pages had addresses: `#/tears/3`. */
export const oldLink = (address) => `#/${address.replace(/\/$/, '')}`;

/** A page's name in files (snapshots, screenshots): `home`, `tears-3`, `frame-flow`. */
export const pageName = (path) => path.replace(/\/$/, '').replace(/\//g, '-') || 'home';

/** The h1 of the site's "not here" page, as built. */
export function notFoundHeading(dir = DIST) {
  return readFileSync(join(dir, NOT_FOUND_FILE), 'utf8').match(/<h1[^>]*>([^<]*)<\/h1>/)[1].replace(/&#39;|&#x27;/g, "'");
}
