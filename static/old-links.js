/*! Why we cry: runs before first paint, on the site's home page only. Old links such as
 * /#/tears/3 or /?embed=1#/reflect go straight to that screen's own page, before the home
 * page can show. */
(function (doc, loc) {
  'use strict';
  var root = doc.documentElement;
  var STEPS = 6;

  // The page an old `#/…` link meant ('' for home), as the app's route parser reads it.
  function oldRoute(hash) {
    if (hash.length > 64) return '';
    var parts = hash.replace(/^#/, '').replace(/^\//, '').split('?')[0].split('/');
    var first = parts[0].toLowerCase(), rest = parts[1];
    if (first === 'embed') return 'embed/';
    if (first !== 'tears' && first !== 'flow' && first !== 'reflect') return '';
    if (first !== 'tears' || !rest) return first + '/';
    if (rest.toLowerCase() === 'compare') return 'tears/compare/';
    var digits = /^[0-9]+$/.test(rest) ? rest.replace(/^0+(?=.)/, '') : '1';
    var step = digits.length > 2 ? STEPS : Math.min(Math.max(Number(digits), 1), STEPS);
    return step === 1 ? 'tears/' : 'tears/' + step + '/';
  }

  // The old embed flag; the look options it came with are kept for the new page.
  var params = loc.search.replace(/^\?/, '').split('&');
  var embedded = params.some(function (p) { return /^embed=(1|true|yes)$/.test(p); });
  var target = oldRoute(loc.hash);
  if (!target && !embedded) return;
  var kept = params.filter(function (p) { return p && p.split('=')[0] !== 'embed'; });
  root.hidden = true; // nothing of this page paints while the right one loads
  loc.replace((embedded ? 'frame/' : '') + target + (kept.length ? '?' + kept.join('&') : ''));
})(document, location);
