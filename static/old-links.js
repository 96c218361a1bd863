/*! Why we cry: runs before first paint, on the site's home page only. Old links such as
 * /#/tears/3 or /?embed=1#/reflect go straight to that screen's own page, before the home
 * page can show. */
(function (doc, loc) {
  'use strict';
  var root = doc.documentElement;
  // What this script knows of the page table, from the data block just before it (the
  // prerender writes it; the code stays the same, so its hash in the policy does too):
  // the embed layout's folder, and each top folder with its pages by their folder name
  // ('' for its own page) and, for the walkthrough, its steps in order.
  var SITE = JSON.parse(doc.getElementById('old-links').textContent);
  function own(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }

  // The page an old `#/…` link meant ('' for home), as the app's router reads it.
  function oldRoute(hash) {
    if (hash.length > 64) return '';
    var parts = hash.replace(/^#/, '').replace(/^\//, '').split('?')[0].split('/');
    var first = parts[0].toLowerCase(), rest = (parts[1] || '').toLowerCase();
    if (!first || !own(SITE.folders, first)) return '';
    var top = SITE.folders[first];
    if (own(top.pages, rest)) return top.pages[rest];
    if (!top.steps) return top.pages[''];
    var steps = top.steps;
    var digits = /^[0-9]+$/.test(rest) ? rest.replace(/^0+(?=.)/, '') : '1';
    var step = digits.length > 2 ? steps.length : Math.min(Math.max(Number(digits), 1), steps.length);
    return steps[step - 1];
  }

  // The old embed flag; the look options it came with are kept for the new page.
  var params = loc.search.replace(/^\?/, '').split('&');
  var embedded = params.some(function (p) { return /^embed=(1|true|yes)$/.test(p); });
  var target = oldRoute(loc.hash);
  if (!target && !embedded) return;
  var kept = params.filter(function (p) { return p && p.split('=')[0] !== 'embed'; });
  root.hidden = true; // nothing of this page paints while the right one loads
  loc.replace((embedded ? SITE.frame : '') + target + (kept.length ? '?' + kept.join('&') : ''));
})(document, location);
