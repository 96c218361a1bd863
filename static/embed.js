/*! Why we cry: embed loader. Turns each <div data-crying-explainer> into an iframe of the
 * guide that sizes itself. Options (data attributes): section (tears|flow|reflect),
 * theme (light|dark|auto), accent (#rrggbb), background (transparent), therapist (https URL).
 * Only height and section messages from this guide's own iframe and origin are obeyed. */
(function (SITE) {
  'use strict';
  // SITE comes from the page table (the prerender writes it in): the frame's title, and
  // the embed layout's page for each section a host can choose ('' for the start).
  var script = document.currentScript;
  if (!script || !script.src) return;
  // The guide lives in the loader's own folder, wherever that is on its origin.
  var site = new URL('./', script.src);
  var origin = site.origin;
  var TYPE = 'crying-explainer:resize';
  var THEMES = { light: 1, dark: 1, auto: 1 };
  var frames = [];

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
    if (d.background === 'transparent') q.push('bg=transparent');
    if (/^https:\/\/[^\s"'<>`\\]+$/.test(d.therapist || '')) q.push('therapist=' + encodeURIComponent(d.therapist));
    var frame = document.createElement('iframe');
    // Each section has a page of its own in the embed layout, so the frame's first paint
    // is already the right screen.
    var pages = SITE.pages;
    var page = Object.prototype.hasOwnProperty.call(pages, d.section) ? pages[d.section] : pages[''];
    frame.src = new URL(page, site).href + (q.length ? '?' + q.join('&') : '');
    frame.title = SITE.title;
    frame.loading = 'lazy';
    frame.setAttribute('scrolling', 'no');
    pin(slot, { display: 'block', width: '100%', 'max-width': '100%', 'min-width': '0', margin: '0', padding: '0', border: '0', height: 'auto', overflow: 'visible' });
    pin(frame, { display: 'block', width: '100%', 'max-width': '100%', 'min-width': '0', height: '640px', margin: '0', padding: '0', border: '0', 'box-sizing': 'border-box', visibility: 'visible', opacity: '1', transform: 'none', position: 'static' });
    slot.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var h = data.height;
    if (typeof h !== 'number' || !isFinite(h) || h < 1 || h > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        pin(frames[i], { height: Math.ceil(h) + 'px' });
        frames[i].setAttribute('data-section', String(data.section).slice(0, 16));
      }
    }
  });

  var slots = document.querySelectorAll('[data-crying-explainer]');
  for (var i = 0; i < slots.length; i++) mount(slots[i]);
})("%SITE%");
