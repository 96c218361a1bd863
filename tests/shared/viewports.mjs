// The sizes the suites and benchmarks open pages at. A viewport here is Playwright's
// context options plus a name; the other engines take the same two as width and height.

/** A phone: touch, a mobile layout viewport, twice the pixels. */
export const phoneSized = (width, height, name = `${width}x${height}`) => ({
  name, viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
});

/** A tablet: touch, a desktop layout viewport. */
export const tabletSized = (width, height, name = `${width}x${height}`) => ({
  name, viewport: { width, height }, isMobile: false, hasTouch: true, deviceScaleFactor: 1,
});

/** A desktop: mouse only. */
export const desktopSized = (width, height, name = `${width}x${height}`) => ({
  name, viewport: { width, height }, isMobile: false, hasTouch: false, deviceScaleFactor: 1,
});

/** The two sizes every suite runs at, in every engine. */
export const PHONE = phoneSized(360, 740, 'phone');
export const DESKTOP = desktopSized(1280, 800, 'desktop');
export const VIEWPORTS = [PHONE, DESKTOP];

/** The same two for the WebDriver engines: a label and a page size in CSS pixels. */
export const SIZES = VIEWPORTS.map((v) => ({ label: v.name, width: v.viewport.width, height: v.viewport.height }));
