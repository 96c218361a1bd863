/*! Why we cry: runs before first paint, on the embed layout's pages. A host page's look
 * options in the query (theme, bg, accent) are set on the root element, so the first paint
 * already has them. The accent is used only where text on and around it keeps a contrast
 * of at least 4.5 (WCAG AA). */
(function (doc, loc) {
  'use strict';
  var root = doc.documentElement;
  var BACKGROUNDS = { light: '#fbf8f4', dark: '#12181d' };

  // The query as a map; the last value of a key wins, undecodable values are ignored.
  function options(search) {
    var q = Object.create(null);
    if (search.length > 2048) return q;
    search.replace(/^\?/, '').split('&').forEach(function (pair) {
      var at = pair.indexOf('=');
      var key = at < 0 ? pair : pair.slice(0, at);
      try { q[key] = decodeURIComponent(at < 0 ? '' : pair.slice(at + 1)); } catch (e) { /* ignored */ }
    });
    return q;
  }

  function rgb(hex) {
    return [1, 3, 5].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  }
  function luminance(hex) {
    var c = rgb(hex).map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  // `#rgb` or `#rrggbb` as lowercase `#rrggbb`; anything else is refused.
  function colour(value) {
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value || '');
    if (!m) return null;
    var h = m[1].toLowerCase();
    return '#' + (h.length === 3 ? h.replace(/./g, '$&$&') : h);
  }

  var q = options(loc.search);
  if (q.theme === 'light' || q.theme === 'dark') root.setAttribute('data-theme', q.theme);
  if (q.bg === 'transparent') root.setAttribute('data-bg', 'transparent');
  var accent = colour(q.accent);
  if (!accent) return;
  Object.keys(BACKGROUNDS).forEach(function (scheme) {
    if (contrast(accent, BACKGROUNDS[scheme]) < 4.5) return;
    var on = ['#ffffff', '#000000'].filter(function (t) { return contrast(accent, t) >= 4.5; })[0];
    if (!on) return;
    root.style.setProperty('--accent-' + scheme, accent);
    root.style.setProperty('--accent-' + scheme + '-on', on);
  });
})(document, location);
