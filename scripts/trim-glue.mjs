// Takes out of wasm-bindgen's JS glue what this site never runs: `initSync` (the boot
// module starts the app with the async `init`) and the warning about parameters passed
// the deprecated way (the boot module passes one object, always). The minifier then drops
// the code only they reached: 63 B brotli of every first load, and 40 more (measured).
// Each cut must match exactly once, so a new wasm-bindgen that writes its glue otherwise
// fails the build here rather than shipping an untrimmed or broken glue. The glue's
// version is pinned (Cargo.toml, Trunk.toml). Called by post-build.mjs on release builds.
import { readFileSync, writeFileSync } from 'node:fs';

const CUTS = [
  // The export list names `initSync` first; only the default export (`init`) stays.
  [/export \{ initSync, (\w+) as default \};/, 'export { $1 as default };'],
  // `init({ module_or_path })`: the else branch warns of a bare argument.
  [/\} else \{\s*console\.warn\('using deprecated parameters for the initialization function; pass a single object instead'\)\s*\}/, '}'],
];

/** Trims the glue at `jsPath` in place. */
export function trimGlue(jsPath) {
  let js = readFileSync(jsPath, 'utf8');
  for (const [pattern, replacement] of CUTS) {
    const found = js.match(new RegExp(pattern.source, 'g')) ?? [];
    if (found.length !== 1) throw new Error(`${jsPath}: expected one match of ${pattern}, found ${found.length}`);
    js = js.replace(pattern, replacement);
  }
  writeFileSync(jsPath, js);
}
