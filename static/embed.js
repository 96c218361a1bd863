/*! Why we cry: embed loader. Turns each <div data-crying-explainer> into an iframe of the
 * guide that sizes itself, wherever the loader runs and whenever the placeholder arrives.
 * Options (data attributes): section (tears|flow|reflect), theme (light|dark|auto),
 * accent (#rrggbb), background (transparent, with theme light or dark), therapist (https
 * URL). Only height and section messages from this guide's own iframe and origin are
 * obeyed. */
(function (SITE) {
  'use strict';
  // SITE comes from the page table (the prerender writes it in): the guide's name, the
  // embed layout's page for each section a host can choose ('' for the start), and for
  // each such page its own, standalone page (`open`) and its title (`titles`).
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The guide lives in the loader's own folder, wherever that is on its origin.
  var site = new URL('./', script.src);
  var origin = site.origin;
  var TYPE = 'crying-explainer:resize';
  var THEMES = { light: 1, dark: 1, auto: 1 };
  var frames = [];
  var pages = SITE.pages;

  function has(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }
  // A frame's name: its page's title, which a screen reader's list of frames reads, so
  // that two guides in one article are told apart.
  function titleOf(page) { return has(SITE.titles, page) ? SITE.titles[page] : SITE.title; }

  // `important` inline declarations win over any host rule, even `!important` ones.
  function pin(el, props) {
    for (var k in props) el.style.setProperty(k, props[k], 'important');
  }

  function mount(slot) {
    if (slot.getAttribute('data-crying-explainer-ready')) return;
    slot.setAttribute('data-crying-explainer-ready', '1');
    var d = slot.dataset, q = [];
    if (THEMES[d.theme]) q.push('theme=' + d.theme);
    if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(d.accent || '')) q.push('accent=' + encodeURIComponent(d.accent));
    // See-through only with a fixed theme: the page's background behind it does not follow
    // the reader's device, so with `auto` the text could be dark on a dark page (1.3:1).
    var clear = d.background === 'transparent' && (d.theme === 'light' || d.theme === 'dark');
    if (clear) q.push('bg=transparent');
    if (/^https:\/\/[^\s"'<>`\\]+$/.test(d.therapist || '')) q.push('therapist=' + encodeURIComponent(d.therapist));
    var frame = document.createElement('iframe');
    // Each section has a page of its own in the embed layout, so the frame's first paint
    // is already the right screen.
    var known = has(pages, d.section);
    // An editor's typo shows the start of the guide; say why, where an editor looks.
    if (d.section && !known && window.console) console.warn('Why we cry: no section "' + d.section + '" (tears, flow or reflect); showing the start.');
    var page = known ? pages[d.section] : pages[''];
    frame.src = new URL(page, site).href + (q.length ? '?' + q.join('&') : '');
    frame.title = titleOf(page);
    frame.loading = 'lazy';
    // "Copy as text" on the reflection's results needs the clipboard.
    frame.allow = 'clipboard-write';
    frame.setAttribute('scrolling', 'no');
    pin(slot, { display: 'block', width: '100%', 'max-width': '100%', 'min-width': '0', margin: '0', padding: '0', border: '0', height: 'auto', overflow: 'visible' });
    pin(frame, { display: 'block', width: '100%', 'max-width': '100%', 'min-width': '0', height: '640px', margin: '0', padding: '0', border: '0', 'box-sizing': 'border-box', visibility: 'visible', opacity: '1', transform: 'none', position: 'static' });
    // A browser paints a frame whose colour scheme differs from the page's on an opaque
    // backdrop: the frame's own scheme on the element keeps a see-through guide clear.
    if (clear) pin(frame, { 'color-scheme': d.theme });
    slot.appendChild(frame);
    frames.push(frame);
    frame.ownPage = new URL(SITE.open[page], site).href;
  }

  // A host page whose policy forbids the frame would show an empty error box in the
  // article: a plain link to the guide takes its place.
  document.addEventListener('securitypolicyviolation', function (event) {
    if (!/^(frame|child)-src/.test(event.effectiveDirective) || String(event.blockedURI).indexOf(origin) !== 0) return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i], link = document.createElement('a');
      if (!frame.parentNode || frame.src.indexOf(event.blockedURI) !== 0) continue;
      link.href = frame.ownPage;
      link.textContent = SITE.title;
      pin(frame.parentNode, { 'min-height': '0' });
      frame.parentNode.replaceChild(link, frame);
    }
  });

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 1 || h > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        pin(frames[i], { height: Math.ceil(h) + 'px' });
        // The snippet's reserved height (so the article does not jump as the frame
        // arrives) gives way to the guide's own.
        pin(frames[i].parentNode, { 'min-height': '0' });
        var section = String(data.section).slice(0, 16);
        frames[i].setAttribute('data-section', section);
        // The reader may move to another section inside the frame: its name follows.
        var choice = section === 'home' ? '' : section;
        if (has(pages, choice)) frames[i].title = titleOf(pages[choice]);
      }
    }
  });

  function mountAll() {
    var slots = document.querySelectorAll('[data-crying-explainer]');
    for (var i = 0; i < slots.length; i++) mount(slots[i]);
  }
  mountAll();
  // A placeholder below a loader in the head, on a page still arriving, or one that a
  // host's own script adds later (tabs, "load more", a page built in the browser).
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  // Only an addition can bring a placeholder: a removal does not look through the page.
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) if (records[i].addedNodes.length) return mountAll();
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})("%SITE%");
