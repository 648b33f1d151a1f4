import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type SiteServer } from './serve.ts';

let server: SiteServer;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dist, 'a'));
  writeFileSync(join(dist, 'a/index.html'), '<p>a</p>');
  writeFileSync(join(dist, 'f.woff2'), 'font');
  writeFileSync(join(dist, '404.html'), '<p>not here</p>');
  server = await serveSite(dist, {
    base: 'report',
    headers: (path): Record<string, string> => (path.endsWith('/') ? { 'x-page': path } : {}),
  });
});
afterAll(() => server.close());

describe('the static server', () => {
  it(
    'serves the site under its base path, a folder as its index.html, with types and the ' + 'headers asked for',
    async () => {
      expect(server.root).toBe(`${server.origin}/report/`);
      const page = await fetch(`${server.root}a/`);
      expect([page.status, await page.text(), page.headers.get('content-type'), page.headers.get('x-page')]).toEqual([
        200,
        '<p>a</p>',
        'text/html;charset=utf-8',
        '/report/a/',
      ]);
      expect((await fetch(`${server.root}f.woff2`)).headers.get('content-type')).toBe('font/woff2');
    },
  );

  it("answers 404 with the site's 404 page outside the base path and for a missing file", async () => {
    for (const address of [`${server.origin}/a/`, `${server.root}missing/`, `${server.root}../a/`]) {
      const response = await fetch(address);
      expect([response.status, await response.text()], address).toEqual([404, '<p>not here</p>']);
    }
  });
});
