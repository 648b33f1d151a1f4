/**
 * A small static file server for the search and privacy browser tests: serves a built site from
 * 127.0.0.1 on a free port, with the HTTP headers its `_headers` file asks for (so pages are tested
 * under the header CSP and the meta CSP together, as a static host would serve them).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { basePath } from './static-server.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

/** One rule of a `_headers` file: headers a matching path drops (`! Name`), then the ones it sets. */
export interface HeaderRule { pattern: string; detach: string[]; headers: Record<string, string> }

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

/** `origin` holds the base path too, without its last slash (http://127.0.0.1:4000/report): `${origin}/search/` is a page. */
export interface StaticSite { origin: string; close(): Promise<void> }

/** Serves `root` (a built site) at `http://127.0.0.1:<port>` under the site's base path; other paths get the 404 page. */
export async function serveSite(root: string, base = basePath()): Promise<StaticSite> {
  const headerFile = join(root, '_headers');
  const rules = existsSync(headerFile) ? parseHeadersFile(readFileSync(headerFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const address = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The path inside the site ('/search/'); nothing outside the base path is the site's.
    const path = address.startsWith(base) ? address.slice(base.length - 1) : undefined;
    let file = normalize(join(root, path ?? '.'));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = path !== undefined && existsSync(file);
    if (!found) file = join(root, '404.html');
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headersFor(rules, path ?? '/404.html') };
    res.writeHead(found ? 200 : 404, headers).end(existsSync(file) ? readFileSync(file) : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}${base.slice(0, -1)}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
