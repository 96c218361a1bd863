// What a screen reader would be told without moving focus: every live region's text
// (role status, alert or log, aria-live polite or assertive, <output>) recorded each time it
// changes to something non-empty. A region that appears with text already in it is not
// counted (screen readers do not read a region that was not there before), and clearing a
// region says nothing. Page-side functions, self-contained, so the Chromium suites
// (`page.evaluate`) and the other engines' scenarios (`d.eval`) share them.

/** Starts recording (idempotent for a document). Call after the app is live. */
export function startListening() {
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';
  if (window.__heard) return;
  const heard = (window.__heard = []);
  const last = new WeakMap();
  const words = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  const look = () => {
    for (const region of document.querySelectorAll(LIVE)) {
      // Only the outermost region speaks for its subtree.
      if (region.parentElement?.closest(LIVE)) continue;
      const text = words(region);
      if (!last.has(region)) { last.set(region, text); continue; }
      if (text !== last.get(region)) {
        last.set(region, text);
        if (text) heard.push({ region: region.id || region.className || region.tagName.toLowerCase(), text });
      }
    }
  };
  look();
  window.__listener = new MutationObserver(look);
  window.__listener.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
}

/** Everything said since `startListening` (or the last `takeHeard`), and forgets it. */
export function takeHeard() {
  return window.__heard ? window.__heard.splice(0) : null;
}

/** Where focus is, as a screen reader would say it on arriving: the element's tag, id,
 * text, whether it sits in a legend, and its description (`aria-describedby`'s text);
 * whether either is inside a live region. */
export function focusReport() {
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';
  const el = document.activeElement;
  const words = (x) => (x ? x.textContent.replace(/\s+/g, ' ').trim() : null);
  const described = (el?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
    .map((id) => document.getElementById(id));
  return {
    tag: el?.tagName.toLowerCase() ?? null,
    id: el?.id ?? '',
    text: words(el),
    inLegend: !!el?.closest('legend'),
    description: described.length ? described.map(words).join(' ') : null,
    live: !!el?.closest(LIVE) || described.some((d) => !d || !!d.closest(LIVE)),
  };
}
