// What a sighted keyboard reader sees of the focused control, as one function that runs in
// the page (Playwright's `evaluate`, and the WebDriver engines' `eval`): WCAG 2.2's focus
// visible (2.4.7), its ring's contrast with what is behind it (1.4.11, 3:1) and focus not
// hidden behind other content (2.4.11). And the walk from control to control by Tab that
// every suite checks it on.

/**
 * In the page: the focused element, and what is wrong with how it shows, as
 * `{ name, at, problems }` (`at`: its place in the document, as two controls may share a
 * name); `null` when nothing in the page has focus. A frame passes: what has focus inside
 * it is its own page's, checked there. A ring is an outline at least 2 px wide; a radio's
 * ring is drawn on its answer card (`.choice`), as the quiz's CSS does.
 */
export function focusSeen() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const at = [...document.querySelectorAll('*')].indexOf(el);
  if (el.tagName === 'IFRAME') return { name: `iframe "${el.title}"`, at, problems: [] };
  const words = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('value') || '')
    .replace(/\s+/g, ' ').trim().slice(0, 40);
  const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${words}"`;
  const problems = [];
  const ringOn = el.closest('.choice') && el.matches('input') ? el.closest('.choice') : el;
  const s = getComputedStyle(ringOn);
  const width = parseFloat(s.outlineWidth);
  if (!el.matches(':focus-visible')) problems.push('not :focus-visible');
  if (s.outlineStyle === 'none' || !(width >= 2)) {
    problems.push(`no ring (outline ${s.outlineStyle} ${s.outlineWidth})`);
  } else {
    // The colour behind the ring: the first ancestor (from the ring's own element out)
    // with a background that is not transparent.
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    let back = [255, 255, 255];
    for (let a = ringOn.parentElement; a; a = a.parentElement) {
      const [r, g, b, alpha = 1] = rgb(getComputedStyle(a).backgroundColor);
      if (alpha > 0.5) { back = [r, g, b]; break; }
    }
    const lum = ([r, g, b]) => {
      const f = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const [l1, l2] = [lum(rgb(s.outlineColor)), lum(back)].sort((x, y) => y - x);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 3) problems.push(`ring contrast ${ratio.toFixed(2)}:1 on rgb(${back.join(', ')})`);
  }
  // Not hidden: some point of the control (or its card), inside the screen, is the
  // control itself, or something inside it, when the screen is hit there.
  const box = ringOn.getBoundingClientRect();
  const inView = {
    left: Math.max(box.left, 0), right: Math.min(box.right, innerWidth),
    top: Math.max(box.top, 0), bottom: Math.min(box.bottom, innerHeight),
  };
  const points = inView.right > inView.left && inView.bottom > inView.top
    ? [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]].map(([fx, fy]) => [
      inView.left + fx * (inView.right - inView.left), inView.top + fy * (inView.bottom - inView.top)])
    : [];
  const shows = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return hit && ringOn.contains(hit);
  });
  if (!shows) problems.push(points.length ? 'hidden behind other content' : 'off screen');
  return { name, at, problems };
}

/** The class of the stop `tabThrough` puts at the end of the page. */
const END = 'focus-walk-end';

/**
 * Presses Tab from a mark at the top of the page until focus leaves the page, comes round
 * again, or reaches a stop put after the page's last control (Firefox would otherwise take focus
 * to its own toolbar, and the page would match no `:focus` until it came back). Returns
 * each control met, by name, and what is wrong with how each shows.
 * `tab()` presses Tab; `run(fn, arg)` runs `fn(arg)` in the page and returns its result.
 */
export async function tabThrough(tab, run) {
  // Focus on a mark at the top of the page, which Tab does not stop at: blur() alone
  // leaves the engines' starting point where focus was.
  const startAtTop = (end) => {
    const start = document.createElement('span');
    start.className = `${end}-start`;
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    const stop = document.createElement('button');
    stop.className = end;
    stop.textContent = 'end';
    document.body.append(stop);
  };
  await run(startAtTop, END);
  const met = new Map();
  const wrong = [];
  for (let i = 0; i < 150; i += 1) {
    await tab();
    const seen = await run(focusSeen);
    if (!seen || seen.name.startsWith(`button.${END} `) || met.has(seen.at)) break;
    met.set(seen.at, seen.name);
    if (seen.problems.length) wrong.push(`${seen.name}: ${seen.problems.join('; ')}`);
  }
  await run((end) => document.querySelectorAll(`.${end}, .${end}-start`).forEach((el) => el.remove()), END);
  return { names: [...met.values()], wrong };
}
