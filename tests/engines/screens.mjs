// Every address the engine suite opens or expects is made here, and only here.
//
// Today the app uses hash addresses (`/#/tears/3`, embedded: `/?embed=1#/tears`). When every
// screen becomes its own page (`tears/3/`, embedded copies under `frame/`), set PAGES = true;
// nothing else in tests/engines/ needs to change.
const PAGES = false;

/** Every screen, by the name the suite uses (also the screenshot name). */
export const SCREENS = ['home', 'tears', 'tears/2', 'tears/3', 'tears/4', 'tears/5', 'tears/6', 'tears/compare', 'flow', 'reflect', 'embed'];

const slug = (screen) => (screen === 'home' ? '' : screen);

/** The address of `screen` on the site at `origin`; `frame` for the embedded layout. */
export function screenUrl(origin, screen, { frame = false } = {}) {
  if (PAGES) return `${origin}/${frame ? 'frame/' : ''}${slug(screen) ? `${slug(screen)}/` : ''}`;
  return `${origin}/${frame ? '?embed=1' : ''}#/${slug(screen)}`;
}

/** Which screen a full address shows (step 1 of the walkthrough is 'tears'). */
export function screenOf(href) {
  const url = new URL(href);
  if (!PAGES && url.pathname !== '/') return url.pathname; // another file, e.g. text.html
  const path = PAGES
    ? url.pathname.replace(/^\/(frame\/)?/, '').replace(/\/$/, '')
    : url.hash.replace(/^#\/?/, '');
  const name = path.replace(/^tears\/1$/, 'tears');
  return name === '' ? 'home' : name;
}
