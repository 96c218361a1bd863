// Reads a page as a screen reader's browse mode would: Chromium's full accessibility tree
// (DevTools protocol, `Accessibility.getFullAXTree`), walked depth first in document
// order, one line per thing a listener hears: its role (for roles a screen reader says),
// its name in quotes, its description in parentheses and states in brackets; plain text as
// `text "..."`. Nodes Chromium ignores (hidden, aria-hidden, presentational) are skipped,
// and so are the insides of anything named by its contents (a link, a button, a heading).

/** Roles said aloud, with their name and description. */
const SAID = new Set([
  'banner', 'navigation', 'main', 'contentinfo', 'complementary', 'region', 'form', 'search',
  'heading', 'link', 'button', 'image', 'figure', 'group', 'radiogroup', 'list', 'listitem',
  'table', 'columnheader', 'rowheader', 'cell', 'term', 'definition', 'radio', 'checkbox',
  'slider', 'meter', 'progressbar', 'textbox', 'combobox', 'status', 'alert', 'dialog',
  'DisclosureTriangle', 'code', 'blockquote', 'Details', 'LabelText',
]);
/** Roles whose name is their contents: what is inside is said once, as the name. */
const NAME_FROM_CONTENTS = new Set([
  'heading', 'link', 'button', 'DisclosureTriangle', 'columnheader', 'rowheader', 'cell',
  'radio', 'checkbox', 'term', 'image',
]);
/** States worth hearing. */
const STATES = ['level', 'pressed', 'checked', 'expanded', 'disabled', 'valuetext', 'current'];

const value = (v) => (v && v.value !== undefined ? String(v.value) : '');
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The page's tree as lines in reading order, and all of it as one string. */
export async function readTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const lines = [];
  const walk = (node) => {
    if (!node) return;
    const role = value(node.role);
    const name = squash(value(node.name));
    if (!node.ignored) {
      if (role === 'StaticText') {
        if (name) lines.push(`text "${name}"`);
        return;
      }
      if (SAID.has(role)) {
        const props = Object.fromEntries((node.properties ?? []).map((p) => [p.name, value(p.value)]));
        const states = STATES.filter((s) => (s !== 'level' || role === 'heading'))
          .filter((s) => props[s] !== undefined && props[s] !== '' && props[s] !== 'false')
          .map((s) => (s === 'level' ? props[s] : `${s}=${props[s]}`));
        const description = squash(value(node.description));
        const parts = [role === 'heading' ? `heading ${states.shift()}` : role];
        if (name) parts.push(`"${name}"`);
        if (description) parts.push(`(${description})`);
        if (states.length) parts.push(`[${states.join(', ')}]`);
        lines.push(parts.join(' '));
        if (NAME_FROM_CONTENTS.has(role) && name) return;
      }
    }
    for (const id of node.childIds ?? []) walk(byId.get(id));
  };
  walk(nodes[0]);
  return { lines, text: lines.join('\n') };
}
