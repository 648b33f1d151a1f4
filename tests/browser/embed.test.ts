/**
 * The embed pages in another site's frame: a page served from another origin frames each figure's
 * /embed/<chart-id>/ and sees the chart, while the same frame refuses a chapter page. The report is
 * served with the headers its _headers file asks for, as a static host would send them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openTab, type ModeTab } from '../support/browser.ts';
import { serveHosted } from '../support/hosted-site.ts';
import type { SiteServer } from '../support/serve.ts';
import { builtPages, DIST, page } from '../support/site.ts';

const embeds = builtPages()
  .filter((p) => p.startsWith('embed/'))
  .map((path) => ({
    path,
    route: `/${path.replace(/index\.html$/, '')}`,
    name: page(path).querySelector('h1')!.text.replace(/\s+/g, ' ').trim(),
  }));
const chapter = builtPages().find((p) => page(p).querySelector('article.chapter'))!;

let site: SiteServer;
let other: Server;
let otherOrigin: string;
let tab: ModeTab;
beforeAll(async () => {
  site = await serveHosted(DIST);
  // Another site: a page on another port (so another origin) holding one iframe of ?src=.
  other = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><html lang="en"><title>Another site</title><iframe ` +
          `src="${src.replace(/"/g, '&quot;')}" title="Embedded figure" width="760" ` +
          `height="900"></iframe></html>`,
      );
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  tab = await openTab('light');
});
afterAll(async () => {
  await tab?.close();
  await site?.close();
  await new Promise((resolve) => other?.close(resolve));
});

/** Opens the other site framing `route` of the report; returns the frame once its load has settled. */
async function framed(route: string): Promise<{ host: Page; frame: Frame }> {
  const host = tab.page;
  await host.goto(`${otherOrigin}/?src=${encodeURIComponent(site.root + route.slice(1))}`, { waitUntil: 'load' });
  const frame = host.frames().find((f) => f !== host.mainFrame())!;
  return { host, frame };
}

describe('another site', () => {
  it('is another origin', () => {
    expect(new URL(otherOrigin).origin).not.toBe(new URL(site.origin).origin);
  });

  it.each(embeds)('frames $route and shows the chart, its heading and its source', async ({ route, name }) => {
    const { frame } = await framed(route);
    expect(frame.url()).toBe(site.root + route.slice(1));
    expect((await frame.locator('h1').textContent())!.replace(/\s+/g, ' ').trim()).toBe(name);
    const chart = frame.locator('svg[role="img"]');
    await expect.poll(async () => (await chart.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    expect(await frame.locator('.chart__source').isVisible()).toBe(true);
  });

  it(`is refused a chapter page (${chapter}) in the same frame`, async () => {
    const route = `/${chapter.replace(/index\.html$/, '')}`;
    const { frame } = await framed(route);
    // Chromium shows its own error page in place of a page that forbids framing.
    expect(frame.url()).not.toBe(site.root + route.slice(1));
    expect(await frame.evaluate(() => document.querySelector('article.chapter')).catch(() => null)).toBeNull();
  });
});
