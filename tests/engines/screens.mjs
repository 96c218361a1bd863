// Every address the engine suite opens or expects is made here, and only here: each
// screen is its own page (`tears/3/`), with embedded copies under `frame/`.

/** Every screen, by the name the suite uses (also the screenshot name). */
export const SCREENS = ['home', 'tears', 'tears/2', 'tears/3', 'tears/4', 'tears/5', 'tears/6', 'tears/compare', 'flow', 'reflect', 'embed'];

const slug = (screen) => (screen === 'home' ? '' : screen);

/** The address of `screen` on the site at `origin`; `frame` for the embedded layout. */
export function screenUrl(origin, screen, { frame = false } = {}) {
  return `${origin}/${frame ? 'frame/' : ''}${slug(screen) ? `${slug(screen)}/` : ''}`;
}

/** Which screen a full address shows (step 1 of the walkthrough is 'tears'). */
export function screenOf(href) {
  const path = new URL(href).pathname.replace(/^\/(frame\/)?/, '').replace(/\/$/, '');
  return path === '' ? 'home' : path;
}
