// A host site on another origin (another port), for pages that embed the app, without
// the app's own security headers: the fixtures in tests/e2e/fixtures/, with their
// {{PLACEHOLDERS}} filled. Used by the Chromium suites and the other engines' scenarios.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveSite } from './site.mjs';

const FIXTURES = new URL('../e2e/fixtures/', import.meta.url).pathname;

/** What a fixture's placeholders hold unless a test says otherwise. */
const DEFAULTS = { SECTION: 'tears', THEME: 'auto', ACCENT: '', THERAPIST: '' };

const escape = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Starts a host for the app at `appSite` (the site's folder, e.g. `site.url()`, without
 * its final slash), its pages sent with `headers` (a host's own policy, say).
 * `host.page(file, values)` writes the fixture `file` with its placeholders filled
 * (HTML-escaped; `APP` is the app's folder) and returns its URL; `host.write(html)` writes
 * a page as it is. (Pages are files the host serves: a page a test fulfils itself comes
 * from no address, and Chromium then refuses its requests to the app on this machine.)
 */
export async function startHost(appSite, { headers } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'crying-host-'));
  const site = await serveSite({ dir, security: {}, headers });
  let n = 0;
  const write = (html) => {
    const name = `page-${(n += 1)}.html`;
    writeFileSync(join(dir, name), html);
    return site.url(name);
  };
  return {
    origin: site.origin,
    page(file, values = {}) {
      const all = { APP: appSite, ...DEFAULTS, ...values };
      return write(readFileSync(join(FIXTURES, file), 'utf8').replace(/\{\{(\w+)\}\}/g, (_, k) => escape(all[k] ?? '')));
    },
    write,
    async stop() {
      await site.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
