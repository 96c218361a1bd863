// Words split across two lines. With large text on a narrow phone, a box too narrow for a
// word makes the browser break it anywhere ("someon / e", "Hypothes / is"), which a reader
// with low vision, the one who enlarged the text, reads worst of all.

/**
 * In the page: every visible word that the layout breaks inside itself, as
 * `tag.class "word" (font size)`. A word is a run of letters, digits and apostrophes, so a
 * line may still break after a hyphen ("held- / back"). Code, web addresses and DOIs may
 * break anywhere (they are not prose, and a long address cannot fit), and the pictures' labels do
 * not grow with text.
 */
export const brokenWords = () => {
  const found = [];
  const exempt = 'code, pre, svg';
  // A web address or a DOI: a word with a slash, or a dot before a letter.
  const address = /\S*(?:\/|\.[a-z])\S*/gi;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const el = node.parentElement;
    if (!el || el.closest(exempt) || !el.checkVisibility({ visibilityProperty: true })) continue;
    const prose = node.data.replace(address, (a) => ' '.repeat(a.length));
    for (const word of prose.matchAll(/[\p{L}\p{N}'’]+/gu)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} "${word[0]}" (${getComputedStyle(el).fontSize})`);
      }
    }
  }
  return [...new Set(found)];
};
