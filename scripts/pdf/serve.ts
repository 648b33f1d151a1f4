/**
 * A static file server for the built site on 127.0.0.1, so Chromium loads the print pages exactly as a
 * reader's browser would (same base path, same files), with nothing fetched from anywhere else.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.pdf': 'application/pdf', '.txt': 'text/plain; charset=utf-8',
};

/** A running server and the address of the site's root on it (ending in the base path). */
export interface SiteServer { origin: string; root: string; close(): Promise<void> }

/** Serves `dist` under `base` (e.g. "/" or "/report/") on a free port of 127.0.0.1. */
export async function serveSite(dist: string, base = '/'): Promise<SiteServer> {
  const prefix = base.replace(/\/?$/, '/');
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = path.startsWith(prefix) ? normalize(join(dist, path.slice(prefix.length))) : undefined;
    try {
      if (!inside || (inside !== dist && !inside.startsWith(dist + sep))) throw new Error('outside the site');
      const file = (await stat(inside)).isDirectory() ? join(inside, 'index.html') : inside;
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  const origin = `http://127.0.0.1:${port}`;
  return { origin, root: origin + prefix, close: () => new Promise((done) => server.close(() => done())) };
}
