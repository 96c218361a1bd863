// Plain reading: every built page's words, evidence notes included, at or below
// Flesch-Kincaid grade 7 (the rules and the syllable counter are in reading.mjs). Read from
// the prerendered files in dist/, which hold each screen as it first paints, every evidence
// note's text, and the calm panic screen; no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, EVERY_PAGE, NOT_FOUND_FILE } from '../shared/pages.mjs';
import { pageText, readingGrade, syllables, words } from './reading.mjs';

const MAX_GRADE = 7;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

test('the syllable counter counts the words the guide uses', () => {
  const cases = { tear: 1, tears: 1, crying: 2, feeling: 2, therapy: 3, therapist: 3, evidence: 3, emotional: 4, hypothesis: 4, supported: 3, brainstem: 2, leu: 1, sadness: 2, welcome: 2, minutes: 2, the: 1, a: 1, asked: 1, wanted: 2, everyone: 3, saying: 2 };
  for (const [word, n] of Object.entries(cases)) assert.equal(syllables(word), n, word);
  assert.deepEqual(words("Tears, it's fine: 116 123 leu-enkephalin."), ['Tears', "it's", 'fine', 'leu-enkephalin']);
  // A short plain sentence reads at a low grade; a long technical one at a high grade.
  assert.ok(readingGrade('You can stop at any time.').grade < 3);
  assert.ok(readingGrade('Parasympathetic innervation of the lacrimal gland facilitates emotional lacrimation through limbic activation.').grade > 12);
});

test(`every page, evidence notes included, reads at grade ${MAX_GRADE} or below`, () => {
  const files = htmlFiles(DIST);
  const pages = files.map((f) => relative(DIST, f));
  // Every page the page table lists is here (each screen, each embedded section), and 404.
  for (const p of EVERY_PAGE) assert.ok(pages.includes(`${p}index.html`), p);
  assert.ok(pages.includes(NOT_FOUND_FILE));
  const report = [];
  let notesRead = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = relative(DIST, file);
    const all = readingGrade(pageText(html));
    // Attribute order is the renderer's, so match the class wherever it stands; and every
    // note the page holds must be found, or this check would pass on none.
    // A note ends with its source's paragraph (components/evidence_note.rs).
    const found = [...html.matchAll(/<div\b[^>]*\bclass="evidence"[^>]*>[\s\S]*?class="evidence__source">[\s\S]*?<\/p>/g)].map((m) => m[0]);
    assert.equal(found.length, html.split('class="evidence"').length - 1, `${page}: every evidence note read`);
    notesRead += found.length;
    const notes = found.join('\n');
    const panic = html.match(/<template id="?panic-screen"?>([\s\S]*?)<\/template>/)?.[1] ?? '';
    report.push(`${page.padEnd(34)} ${all.grade.toFixed(1)} (${all.words} words)`);
    assert.ok(all.words > 50, `${page}: ${all.words} words`);
    assert.ok(all.grade <= MAX_GRADE, `${page} reads at grade ${all.grade.toFixed(2)}`);
    if (notes) {
      const g = readingGrade(pageText(notes)).grade;
      assert.ok(g <= MAX_GRADE, `${page}: its evidence notes read at grade ${g.toFixed(2)}`);
    }
    if (panic) {
      const g = readingGrade(pageText(panic)).grade;
      assert.ok(g <= MAX_GRADE, `${page}: the panic screen reads at grade ${g.toFixed(2)}`);
    }
  }
  assert.ok(notesRead >= 15, `every evidence note is read somewhere (${notesRead} read)`);
  console.log(report.join('\n'));
});
