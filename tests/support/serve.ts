/**
 * The one static server for a built site, used by the PDF step and every test: sirv on a free port of
 * 127.0.0.1, under the site's base path, so Chromium loads pages exactly as a reader's browser would,
 * with nothing fetched from anywhere else. An unknown address gets the site's 404 page, status 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { siteAddress } from '../../src/book/routes.ts';
import { getData } from '../../src/book/data/index.ts';

/** A running server and the address of the site's root on it (ending in the base path). */
export interface SiteServer {
  origin: string;
  root: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The site's base path, e.g. "/" or "/report/" (default "/"). */
  base?: string;
  /** Headers to send with a path (as requested, base included): a host's `_headers` rules, for example. */
  headers?: (path: string) => Record<string, string>;
}

/** A base path with both slashes: "report" → "/report/", "" → "/". */
const withSlashes = (base: string): string => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** The site's base path (from data/book.yaml `url`, as astro.config.mjs reads it), with both slashes. */
export const basePath = (): string => siteAddress(getData(process.cwd()).book.url).base;

/** Serves the folder `dist` under `base` until closed. */
export async function serveSite(dist: string, { base = '/', headers }: ServeOptions = {}): Promise<SiteServer> {
  const prefix = withSlashes(base);
  const extra = (res: ServerResponse, path: string) => {
    for (const [name, value] of Object.entries(headers?.(path) ?? {})) res.setHeader(name, value);
  };
  const notFound = join(dist, '404.html');
  // dev: look each file up when asked, so a folder written after the server started is served too.
  const files = sirv(dist, { dev: true, dotfiles: false, etag: false });
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    extra(res, path);
    const missing = () => {
      res.statusCode = 404;
      if (!existsSync(notFound)) return void res.setHeader('content-type', 'text/plain').end('not found');
      res.setHeader('content-type', 'text/html; charset=utf-8').end(readFileSync(notFound));
    };
    if (!path.startsWith(prefix)) return missing();
    req.url = req.url!.slice(prefix.length - 1);
    files(req, res, missing);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: origin + prefix,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
