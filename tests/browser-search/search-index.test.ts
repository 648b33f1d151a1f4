/**
 * What the search step indexes, on a small site made for the test (so it holds whatever the chapters
 * say): chapter text only; not pages without data-pagefind-body, not heading
 * anchors, the on-this-page list, source lists or anything marked data-pagefind-ignore.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex } from '../../src/editions/search/search-index.ts';
import { serveHosted } from '../support/hosted-site.ts';
import type { SiteServer } from '../support/serve.ts';
import { watchedPage } from '../support/watched-page.ts';
import { launchBrowser } from '../support/browser-launch.ts';

const html = (body: string) =>
  `<!doctype html><html lang="en-GB"><head><title>t</title></head><body>${body}</body></html>`;
const PAGES: Record<string, string> = {
  'index.html': html('<h1>Cover</h1><p>Cover text quokkacover.</p>'),
  'chapter/index.html': html(`<main><article data-pagefind-body><h1>Wombat chapter</h1>
    <nav class="on-this-page"><a href="#s">Section numbatnav</a></nav>
    <div class="heading-wrapper"><h2 id="s">Section</h2><a class="heading-link" href="#s">Link to section: bilbyanchor</a></div>
    <p>The chapter's own text about wombatword.</p>
    <section data-pagefind-ignore><p>Cite as possumcite.</p></section>
    <section class="chapter-sources"><p>Source: echidnasource.</p></section>
  </article></main>`),
};

let site: SiteServer;
let browser: Browser;
let page: Page;
let indexed: number;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  for (const [path, text] of Object.entries(PAGES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  ({ indexed } = await buildSearchIndex(root));
  [site, browser] = await Promise.all([serveHosted(root, '/'), launchBrowser()]); // a fixture site at the root
  ({ page } = await watchedPage(browser));
  await page.goto(`${site.origin}/`);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The result URLs Pagefind gives for `query` on the test site. (A string, so Vite leaves the import alone.) */
const find = (query: string): Promise<string[]> =>
  page.evaluate(`(async () => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(${JSON.stringify(query)});
  return Promise.all(search.results.map(async (r) => (await r.data()).url));
})()`);

describe('the search index', () => {
  it('holds only the chapter page', () => {
    expect(indexed).toBe(1);
  });

  it('finds chapter text, at the chapter', async () => {
    expect(await find('wombatword')).toEqual(['/chapter/']);
  });

  it.each(['quokkacover', 'numbatnav', 'bilbyanchor', 'possumcite', 'echidnasource'])(
    'does not find "%s", which is not chapter text',
    async (word) => {
      expect(await find(word)).toEqual([]);
    },
  );
});
