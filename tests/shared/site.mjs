// The one way every suite and benchmark serves the built site: scripts/static-server.mjs
// on 127.0.0.1 at a free port, with its strict policy, at the root or in a sub-folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { DIST } from './pages.mjs';

/**
 * Serves `dir` (the build under test by default) from `base` (`/tools/why-we-cry/` to
 * test a site copied below a domain's root). `site.url(path)` is the address of a page
 * below the site's folder; `site.setOffline(true)` cuts it off the network (every
 * connection refused at once, the same for every browser) and `false` brings it back.
 * `security: {}` serves without the app's security headers (a host page's site).
 */
export async function serveSite({ dir = DIST, base = '/', headers, security } = {}) {
  const server = await serve({ dir, port: 0, base, headers, security });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    server,
    url: (path = '') => `${origin}${base}${path}`,
    async setOffline(on) {
      if (on) {
        await new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
      } else if (!server.listening) {
        await new Promise((ok, err) => { server.once('error', err); server.listen(port, '127.0.0.1', ok); });
      }
    },
    stop: () => new Promise((ok) => {
      if (!server.listening) return ok();
      server.close(() => ok());
      server.closeAllConnections();
    }),
  };
}

/** A private copy of the build (for a test that deploys into it); `remove()` when done. */
export function copyOfBuild(prefix = 'crying-build-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(DIST, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Deploys a second build into the copy at `dir`: the same files, a new worker version. */
export function deployNewVersion(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  writeFileSync(join(dir, 'sw.js'), sw.replace(/const VERSION = '([^']+)'/, "const VERSION = '$1-next'"));
}
