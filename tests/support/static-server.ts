/**
 * A static file server for browser tests: serves a folder (the built dist/, or a fixtures folder) on
 * 127.0.0.1 under the site's base path, as a host would, so root-relative links and assets resolve.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { siteAddress } from '../../src/lib/sharing/site-address.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.epub': 'application/epub+zip',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The origin and base path, ending in "/", e.g. http://127.0.0.1:41234/report/ */
  origin: string;
  close(): Promise<void>;
}

/** The site's base path (from data/book.yaml `url`, as astro.config.mjs reads it), with both slashes. */
export const basePath = (): string => siteAddress().base;

/** Serves `root` under `base` on a free port of 127.0.0.1; unknown paths get root/404.html with status 404. */
export async function serveStatic(root: string, base = basePath()): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(root, path.slice(base.length)));
      if (candidate.startsWith(root)) {
        file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
      }
    }
    const found = file !== undefined && existsSync(file);
    const served = found ? file! : join(root, '404.html');
    if (!existsSync(served)) return void res.writeHead(404).end('Not found');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The address of a built page from its dist/ path: "x/index.html" → origin + "x/". */
export const pageAddress = (origin: string, distPath: string): string => origin + distPath.replace(/(^|\/)index\.html$/, '$1');
