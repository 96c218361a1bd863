// Gives the WebAssembly's imports from the JS glue short names, in both files.
//
// wasm-bindgen names each import like `__wbg_addEventListener_847fd86b8c33ec43`: about 150
// of them, each with 16 random hex digits that no compressor can shrink, written once in the
// wasm's import section and once in the glue's imports object. Renaming them to `a`, `b`, ...
// changes nothing the browser does (the names only pair an import with its JS function) and
// saves about 2 KB brotli of the first load. The glue's module name, `./<crate>_bg.js`,
// stands before every one of the ~200 imports too; as `a` it saves another 0.35 KB brotli
// (4.7 KB raw). Called by post-build.mjs on release builds.
import { readFileSync, writeFileSync } from 'node:fs';

function readU32(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    if (!(byte & 0x80)) return [result, pos];
    shift += 7;
  }
}

function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

const name = (s) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);

// a..z, then A..Z, then two letters and so on: never a digit first, never a JS keyword
// (they are object keys, where keywords would be fine anyway).
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return `_${s}`;
}

/** The short name of the glue's import module. */
const GLUE_MODULE = 'a';

/** `wasm` with the payload of its section `id` replaced by what `rebuild(start, end)`
 * returns for the payload's bounds; throws if it has no such section. */
function withSection(wasm, id, rebuild) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not WebAssembly');
  let pos = 8;
  while (pos < wasm.length) {
    const [size, payload] = readU32(wasm, pos + 1);
    const end = payload + size;
    if (wasm[pos] === id) {
      const section = rebuild(payload, end);
      return Buffer.concat([wasm.subarray(0, pos), Buffer.from([id]), u32(section.length), section, wasm.subarray(end)]);
    }
    pos = end;
  }
  throw new Error(`no section ${id}`);
}

/** Renames the imports that the JS glue (import module `*_bg.js`) provides, and that module,
 * in the wasm at `wasmPath` and the glue at `jsPath`. */
export function shortenImports(wasmPath, jsPath) {
  const isGlue = (mod) => /^\.\/[\w.-]+_bg\.js$/.test(mod);
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  const renames = new Map();
  const glueModules = new Set();
  // The import section (2), rebuilt entry by entry with the new names.
  const out = withSection(wasm, 2, (payload, end) => {
    let [count, p] = readU32(wasm, payload);
    const parts = [u32(count)];
    for (let i = 0; i < count; i++) {
      const [modLen, modStart] = readU32(wasm, p);
      const mod = wasm.toString('utf8', modStart, modStart + modLen);
      const [fieldLen, fieldStart] = readU32(wasm, modStart + modLen);
      const field = wasm.toString('utf8', fieldStart, fieldStart + fieldLen);
      const descStart = fieldStart + fieldLen;
      const kind = wasm[descStart];
      let q = descStart + 1;
      if (kind === 0) [, q] = readU32(wasm, q); // function: type index
      else if (kind === 1 || kind === 2) {
        if (kind === 1) q += 1; // table: element type
        const flags = wasm[q++];
        [, q] = readU32(wasm, q);
        if (flags & 1) [, q] = readU32(wasm, q);
      } else if (kind === 3) q += 2; // global: value type, mutability
      else if (kind === 4) [, q] = readU32(wasm, q + 1); // tag: attribute, type index
      else throw new Error(`unknown import kind ${kind}`);
      let newField = field;
      if (isGlue(mod)) {
        newField = renames.get(field) ?? shortName(renames.size);
        renames.set(field, newField);
        glueModules.add(mod);
      }
      parts.push(name(isGlue(mod) ? GLUE_MODULE : mod), name(newField), wasm.subarray(descStart, q));
      p = q;
    }
    if (p !== end) throw new Error('import section not parsed to its end');
    return Buffer.concat(parts);
  });
  if (!renames.size) throw new Error(`${wasmPath} imports nothing from the JS glue`);

  // The glue hands its functions over as `{ "./<crate>_bg.js": imports }`: one key.
  if (glueModules.size !== 1) throw new Error(`expected one glue module, found ${[...glueModules]}`);
  const [glueModule] = glueModules;
  const moduleKey = new RegExp(`(["'])${glueModule.replace(/[.]/g, '\\.')}\\1`, 'g');
  if ((js.match(moduleKey) ?? []).length !== 1) throw new Error(`${glueModule} is not named once in ${jsPath}`);
  js = js.replace(moduleKey, `"${GLUE_MODULE}"`);
  for (const [from, to] of renames) {
    const token = new RegExp(`(?<![\\w$])${from.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const before = js;
    js = js.replace(token, to);
    if (js === before) throw new Error(`import ${from} not found in ${jsPath}`);
  }
  for (const to of renames.values()) {
    if (js.split(new RegExp(`(?<=[{,]\\s*)${to}(?=\\s*:)`)).length !== 2) {
      throw new Error(`short import name ${to} is not unique in ${jsPath}`);
    }
  }
  writeFileSync(wasmPath, out);
  writeFileSync(jsPath, js);
  return { renamed: renames.size, saved: wasm.length - out.length };
}

/** Renames the wasm's exports that wasm-bindgen names after a closure's Rust types (such
 * as `wasm_bindgen_a0e2…___convert__closures_____invoke___web_sys_…__Event______true_`,
 * about 130 characters each, six of them), in the wasm at `wasmPath` and the glue at
 * `jsPath`, where each is read once as `wasm.<name>`. The other exports keep their names:
 * short already, and some are read by name elsewhere (`memory`, `__wbindgen_start`). */
export function shortenExports(wasmPath, jsPath) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, 'utf8');
  let renamed = 0;
  // The export section (7): each entry a name, a kind and an index.
  const out = withSection(wasm, 7, (payload, end) => {
    let [count, p] = readU32(wasm, payload);
    const parts = [u32(count)];
    for (let i = 0; i < count; i++) {
      const [len, start] = readU32(wasm, p);
      const field = wasm.toString('utf8', start, start + len);
      const [, next] = readU32(wasm, start + len + 1); // kind, then index
      let newField = field;
      if (/^wasm_bindgen_\w+closures\w*$/.test(field)) {
        newField = `$${shortName(renamed++)}`;
        const token = new RegExp(`(?<=\\bwasm\\.)${field}(?![\\w$])`, 'g');
        if (!token.test(js)) throw new Error(`export ${field} not found in ${jsPath}`);
        js = js.replace(token, newField);
      }
      parts.push(name(newField), wasm.subarray(start + len, next));
      p = next;
    }
    if (p !== end) throw new Error('export section not parsed to its end');
    return Buffer.concat(parts);
  });
  writeFileSync(wasmPath, out);
  writeFileSync(jsPath, js);
  return { renamed, saved: wasm.length - out.length };
}
