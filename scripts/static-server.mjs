// A small static file server for the built site: correct MIME types (wasm included),
// brotli or gzip as the browser accepts (as any production host or CDN would), long
// immutable caching for hashed files, no caching of pages, folders answered by their
// index.html, 404.html for anything else, and security headers.
// Used by the serve command, the end-to-end tests and the benchmarks.
//
// Usage: node scripts/static-server.mjs [dir=dist] [port=8080] [host=127.0.0.1]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Built files are named by their content: Trunk's like `name-123456789abcdef.ext` (up to
// 16 hex digits, leading zeros left out), the prerender's with 10.
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.[a-z0-9]+$/;

/** The 404 page's one `<style>` element, by its hash (style/not-found.css says why; the
 * security suite checks it against the built page, and that the README gives hosts this
 * same policy). */
export const NOT_FOUND_STYLE = "'sha256-Jb3Oo6vfIF5tjyTcMgnGmJksvpLLL4bfn+hgw6Omfqo='";

/** The scripts that run before the first paint, written into the pages that run them
 * (src/bin/prerender/document.rs says why), by their hashes: static/old-links.js on the
 * home page, static/look.js on the embed layout's. Checked against the built pages like
 * the style above. */
export const PRE_PAINT_SCRIPTS = {
  'old-links': "'sha256-ni3PB9IMkF/SYZJJ8L3aFwBIhkfGa1/R5m3D6zm/xxA='",
  look: "'sha256-NypWH+dDyDV+cNo1NDinKwXwHzfY2NCFCgTCQdAwmPw='",
};

/** The policy the app runs under unchanged: no inline script but the pre-paint scripts,
 * no inline style but the 404 page's, nothing fetched from anywhere but its own origin. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${PRE_PAINT_SCRIPTS['old-links']} ${PRE_PAINT_SCRIPTS.look}`,
  `style-src 'self' ${NOT_FOUND_STYLE}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);
const compressed = new Map();

/** The body in the best encoding the request accepts (each encoding made once a file). */
function encode(file, body, accepts, mtime) {
  if (!COMPRESSIBLE.has(extname(file))) return { body };
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  if (!encoding) return { body };
  const key = `${encoding}:${file}:${mtime}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return { body: compressed.get(key), encoding };
}

/** Starts a server for `dir`, at `base` (a folder such as `/tools/why-we-cry/`, to test a
 * site copied below a domain's root); resolves with the server once it listens. */
export function serve({ dir = 'dist', port = 8080, host = '127.0.0.1', base = '/', headers = {}, security = SECURITY_HEADERS } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      // Read as a path even when it starts with `//` (which `new URL` would take for a host).
      const url = new URL(`http://localhost${req.url.startsWith('/') ? '' : '/'}${req.url}`);
      // A doubled slash, a slip in a link: a host that reads `a//b` as `a/b` (nginx does, by
      // default) sends the page, whose relative addresses then miss its sheets and scripts by
      // a folder. Send the reader to the address with single slashes, which always starts
      // with one slash, so it can lead nowhere but this site.
      const single = url.pathname.replace(/\/{2,}/g, '/');
      if (single !== url.pathname) {
        res.writeHead(301, { Location: `${single}${url.search}`, ...security }).end();
        return;
      }
      if (`${url.pathname}/` === base) {
        res.writeHead(301, { Location: `${base}${url.search}`, ...security }).end();
        return;
      }
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security }).end('Not found');
        return;
      }
      let path = normalize(decodeURIComponent(url.pathname.slice(base.length - 1)));
      if (path.endsWith('/')) path += 'index.html';
      let file = join(root, path);
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      // A folder asked for without its final slash: send the reader to the folder, as
      // static hosts do, so the page's relative addresses resolve.
      if (info?.isDirectory()) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...security }).end();
        return;
      }
      let status = 200;
      if (!info?.isFile()) {
        // Anything else gets the site's "not here" page, as static hosts serve 404.html.
        status = 404;
        file = join(root, '404.html');
        info = await stat(file).catch(() => null);
        if (!info?.isFile()) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...security }).end('Not found');
          return;
        }
      }
      const raw = await readFile(file);
      const { body, encoding } = encode(file, raw, req.headers['accept-encoding'] ?? '', info.mtimeMs);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const cache = HASHED.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Length': body.length,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        Vary: 'Accept-Encoding',
        'Cache-Control': cache,
        ...security,
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(400).end();
    }
  });
  return new Promise((ok, err) => {
    server.once('error', err);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080', host = '127.0.0.1'] = process.argv.slice(2);
  await serve({ dir, port: Number(port), host });
  console.log(`Serving ${dir} at http://${host}:${port}/  (Ctrl+C to stop)`);
}
