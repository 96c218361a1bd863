/*! Why we cry: runs before first paint, on the embed layout's pages. A host page's look
 * options in the query (theme, bg, accent) are set on the root element, so the first paint
 * already has them. The accent is used only where text on and around it keeps a contrast
 * of at least 4.5 (WCAG AA). Inside a host page, it tells the host how tall the page is. */
(function (doc, loc) {
  'use strict';
  var root = doc.documentElement;
  var host = window.parent;
  // The loader sizes the frame from these, from the first layout on, whether or not the
  // app starts. The root's size follows the page's. Only the height and the section (the
  // folder below frame/) are sent: nothing a reader enters.
  if (host !== window && window.ResizeObserver) {
    new window.ResizeObserver(function () {
      var section = /\/frame\/(\w+)\//.exec(loc.pathname);
      host.postMessage({
        type: 'crying-explainer:resize',
        height: Math.ceil((doc.body || root).getBoundingClientRect().height),
        section: section ? section[1] : 'home',
      }, '*');
    }).observe(root);
  }
  var BACKGROUNDS = { light: '#fbf8f4', dark: '#12181d' };
  // An oversized query is not read at all.
  var query = new URLSearchParams(loc.search.length > 2048 ? '' : loc.search);
  // The last value of a key wins.
  function option(key) { return query.getAll(key).pop(); }

  // WCAG relative luminance of `#rrggbb`, and the contrast ratio of two colours.
  function luminance(hex) {
    return [0.2126, 0.7152, 0.0722].reduce(function (sum, weight, i) {
      var v = parseInt(hex.substr(1 + 2 * i, 2), 16) / 255;
      return sum + weight * (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
    }, 0);
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  var theme = option('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  // See-through only with a fixed theme, as the loader allows it (embed.js says why).
  if (option('bg') === 'transparent' && root.hasAttribute('data-theme')) root.setAttribute('data-bg', 'transparent');
  // `#rgb` or `#rrggbb`, as lowercase `#rrggbb`; anything else is refused.
  var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(option('accent') || '');
  if (!m) return;
  var accent = '#' + m[1].toLowerCase().replace(m[1].length === 3 ? /./g : /^$/, '$&$&');
  var on = ['#ffffff', '#000000'].filter(function (t) { return contrast(accent, t) >= 4.5; })[0];
  for (var scheme in BACKGROUNDS) {
    if (on && contrast(accent, BACKGROUNDS[scheme]) >= 4.5) {
      root.style.setProperty('--accent-' + scheme, accent);
      root.style.setProperty('--accent-' + scheme + '-on', on);
    }
  }
})(document, location);
