/**
 * A built site served as a static host would serve it: the project's one server (tests/support/serve.ts)
 * at the root path, sending the HTTP headers the site's `_headers` file asks for, so pages are tested
 * under the header CSP and the meta CSP together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser-launch.ts';
import { basePath, serveSite, type SiteServer } from './serve.ts';
import { DIST } from './site.ts';

/** One rule of a `_headers` file: headers a matching path drops (`! Name`), then the ones it sets. */
export interface HeaderRule {
  pattern: string;
  detach: string[];
  headers: Record<string, string>;
}

/**
 * Header rules from a Netlify-style `_headers` file: a path pattern line, then indented `Name: value`
 * lines, or `! Name` to detach a header an earlier matching rule set (Cloudflare Pages' syntax).
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), detach: [], headers: {} });
    else if (rules.length && line.trim().startsWith('!')) rules.at(-1)!.detach.push(line.trim().slice(1).trim());
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers `rules` send for `path`, applied in file order. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const name of rule.detach) delete headers[name];
    Object.assign(headers, rule.headers);
  }
  return headers;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Serves `dist` at `http://127.0.0.1:<port><base>` with its `_headers` (whose paths include the base). */
export function serveHosted(dist: string, base = basePath()): Promise<SiteServer> {
  const file = join(dist, '_headers');
  const rules = existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  return serveSite(dist, { base, headers: (path) => headersFor(rules, path) });
}

/** The built site served as a host would serve it, and a browser, for one file's tests: both closed after them. */
export function hostedInBrowser(): { site: SiteServer; browser: Browser } {
  const both = {} as { site: SiteServer; browser: Browser };
  beforeAll(async () => {
    [both.site, both.browser] = await Promise.all([serveHosted(DIST), launchBrowser()]);
  });
  afterAll(async () => {
    await both.browser?.close();
    await both.site?.close();
  });
  return both;
}
