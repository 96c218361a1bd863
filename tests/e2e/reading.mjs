// Reading grade of a page's words: Flesch-Kincaid grade level over the text a reader can
// see or hear (body text, evidence notes, figure labels and descriptions), measured on the
// prerendered HTML. Small and self-contained on purpose, so the rules are easy to check:
//
//   grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
//
// - Text: everything in <body> except <script>, <style> and <template> (the panic screen's
//   template is not shown; when it is, it is a page of its own).
// - Sentences: split after ".", "!" or "?" followed by a space or the end, and at the edges
//   of block elements (a heading, list item, button, table cell or figure label is a unit
//   of its own, as a reader meets it). Units with no word are dropped.
// - Words: runs of letters (with inner apostrophes or hyphens). Numbers such as "116 123"
//   are not words: a phone number is not hard to read.
// - Syllables: the usual English heuristic (groups of vowels, less a silent final "e" and
//   most "-es"/"-ed" endings, but "-ted"/"-ded" kept, and "yi" as two, as in "crying"), at
//   least one per word; a hyphenated word counts each part.
//   It is an estimate: it is right for the short, common words the guide uses, and wrong
//   by one for some (it reads "create" as one syllable), which moves a page's grade by a
//   few hundredths.

/** Block elements whose edges end a unit of reading. */
const BLOCKS = 'p|li|h[1-6]|td|th|caption|figcaption|button|label|legend|title|desc|text|dt|dd|div|section|article|aside|header|footer|nav|main|summary|blockquote|ul|ol|table|tr|figure|svg|form|fieldset|br';

const ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** The visible words of an HTML document, with "\n" at every block edge. */
export function pageText(html) {
  const body = html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(new RegExp(`</?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e) => {
      if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    });
}

/** Syllables in one word (letters only), by the heuristic above. */
export function syllables(word) {
  const w = word.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .replace(/yi/g, 'y-i');
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** The words of a unit of text. */
export function words(text) {
  return text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

/** Counts and Flesch-Kincaid grade of a text (see the rules above). */
export function readingGrade(text) {
  const units = text.split(/\n|(?<=[.!?])["'”’)]*\s+/).map(words).filter((w) => w.length > 0);
  const all = units.flat();
  const syl = all.reduce((n, w) => n + w.split(/[-]/).reduce((m, part) => m + syllables(part), 0), 0);
  const sentences = units.length;
  const grade = all.length === 0 ? 0 : 0.39 * (all.length / sentences) + 11.8 * (syl / all.length) - 15.59;
  return { words: all.length, sentences, syllables: syl, grade };
}
