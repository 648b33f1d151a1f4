/**
 * Sharing and discovery in the built site: each page's head (description, canonical, Open Graph,
 * Twitter card, JSON-LD), the social card images, sitemap and robots.txt, and how to cite the report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/book/data/describe.ts';
import { loadData } from '../../src/book/data/load.ts';
import { builtPages, DIST, page, pageForHref } from '../support/site.ts';

const { book } = loadData(process.cwd());
const pages = builtPages().filter((p) => p !== '404.html' && !p.startsWith('print/'));
const route = (path: string) => path.replace(/index\.html$/, '');
const meta = (path: string, key: string) =>
  page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe("each page's head", () => {
  it.each(pages)('%s has a description, canonical address and Open Graph and Twitter tags', (path) => {
    const doc = page(path);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(new URL(route(path), book.url).href);
    expect(meta(path, 'description')?.length).toBeGreaterThan(20);
    expect(meta(path, 'og:url')).toBe(canonical);
    expect(meta(path, 'og:description')).toBe(meta(path, 'description'));
    expect(meta(path, 'og:title')).toBe(meta(path, 'twitter:title'));
    expect(meta(path, 'twitter:card')).toBe('summary_large_image');
    expect(meta(path, 'og:image')).toBe(meta(path, 'twitter:image'));
    expect(meta(path, 'og:image:alt')).toMatch(/\S/);
  });

  it('each chapter shares its own card, named for it and showing its title', () => {
    const chapters = pages.filter((p) => page(p).querySelector('article.chapter'));
    expect(chapters.length).toBeGreaterThan(0);
    for (const path of chapters) {
      const id = page(path).querySelector('article.chapter')!.getAttribute('data-chapter');
      expect(meta(path, 'og:image')).toBe(new URL(`og/${id}.png`, book.url).href);
      expect(meta(path, 'og:type')).toBe('article');
      expect(meta(path, 'og:title')).toBe(page(path).querySelector('h1')?.text);
    }
  });

  it("every card named by a page is built, as a PNG of the size its tags state; a chapter's or the cover's is 1200×630", async () => {
    for (const path of pages) {
      const file = join(DIST, new URL(meta(path, 'og:image')!).pathname.slice(new URL(book.url).pathname.length));
      expect(existsSync(file), file).toBe(true);
      const size = { width: Number(meta(path, 'og:image:width')), height: Number(meta(path, 'og:image:height')) };
      expect(await sharp(file).metadata(), path).toMatchObject({ format: 'png', ...size });
      if (!path.startsWith('embed/')) expect(size, path).toEqual({ width: 1200, height: 630 });
    }
  });

  it('the 404 page asks not to be indexed and names no canonical address', () => {
    expect(meta('404.html', 'robots')).toBe('noindex');
    expect(page('404.html').querySelector('link[rel="canonical"]')).toBeNull();
  });
});

describe('JSON-LD', () => {
  it.each(builtPages())('%s describes the report and its publisher in valid JSON', (path) => {
    const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.text);
    expect(data['@context']).toBe('https://schema.org');
    const byType = Object.fromEntries(data['@graph'].map((node: { '@type': string }) => [node['@type'], node]));
    expect(byType.Report).toMatchObject({
      name: book.title,
      datePublished: book.date,
      url: book.url,
      inLanguage: book.lang,
    });
    expect(byType.Organization).toMatchObject({ name: book.publisher });
    expect(byType.Report.publisher['@id']).toBe(byType.Organization['@id']);
    expect(byType.WebPage.name).toMatch(/\S/);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

  it('lists every page at its public address, and no 404 or print page', () => {
    expect(new Set(locs)).toEqual(new Set(pages.map((p) => new URL(route(p), book.url).href)));
    expect(locs.some((loc) => /404|\/print\//.test(loc!))).toBe(false);
  });

  it('has an index that points to the sitemap under the public address', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL('sitemap-0.xml', book.url).href}</loc>`);
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow/m);
    expect(robots).toContain(`Sitemap: ${new URL('sitemap-index.xml', book.url).href}`);
  });
});

describe('citing the report', () => {
  const backMatter = page('index.html')
    .querySelectorAll('.contents__item--back a')
    .map((a) => pageForHref(a.getAttribute('href')!)!);
  const citing = builtPages().filter((p) => page(p).querySelector('.cite-report'));

  it('is shown once, in the back matter, under a heading of its own', () => {
    expect(citing).toHaveLength(1);
    expect(backMatter).toContain(citing[0]);
    const block = page(citing[0]!).querySelector('.cite-report')!;
    expect(block.previousElementSibling?.querySelector('h2')?.text).toMatch(/cite/i);
  });

  it('gives a plain reference with the publisher, title, date and address', () => {
    const reference = page(citing[0]!).querySelector('.cite-report__reference')!.text;
    for (const part of [book.publisher, book.title, book.subtitle!, formatDate(book.date), book.url])
      expect(reference).toContain(part);
  });

  it('gives a BibTeX entry a reference manager can read', () => {
    // The parser keeps <pre> as raw markup: parse its inside again to read the text a reader copies.
    const entry = parse(page(citing[0]!).querySelector('.cite-report__bibtex')!.innerHTML).text;
    expect(entry).toMatch(/^@techreport\{[a-z0-9]+,\n/);
    const fields = Object.fromEntries([...entry.matchAll(/^ {2}(\w+) = (.+),$/gm)].map((m) => [m[1], m[2]]));
    expect(fields).toMatchObject({ year: book.date.slice(0, 4), url: `{${book.url}}`, date: `{${book.date}}` });
    expect(fields.title).toContain(book.title);
    expect(fields.author).toBe(`{{${book.publisher}}}`);
    // Balanced braces, or BibTeX reads the rest of the file as part of this entry.
    let depth = 0;
    for (const ch of entry) {
      depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
