/** The built site, read back as HTML: structure, navigation, plugins and data all landed. */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { formatStat } from '../../src/book/data/format.ts';
import { BASE, builtPages, DIST, page, pageForHref } from '../support/site.ts';

const pages = builtPages();
const home = page('index.html');
const contentsLinks = home.querySelectorAll('.contents a').map((a) => a.getAttribute('href')!);
const chapterPages = contentsLinks.map((href) => pageForHref(href)!);

describe('every built page', () => {
  it.each(pages)('%s has lang, a title, one h1 and the landmarks', (path) => {
    const doc = page(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(doc.querySelector('title')?.text.trim()).toMatch(/\S/);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    // A figure's embed page, shown inside other sites, has main alone: no site header, footer or navigation.
    const framed = path.startsWith('embed/');
    for (const landmark of ['header', 'footer', 'nav']) expect(!!doc.querySelector(landmark), landmark).toBe(!framed);
    expect(doc.querySelector('main#main'), 'main#main').not.toBeNull();
    expect(doc.querySelector('body > a.skip-link')?.getAttribute('href')).toBe('#main');
  });

  it('ships no JavaScript but search: only the search page loads a script, and Pagefind loads from it', () => {
    const scripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.m?js$/.test(f));
    const searchScripts = page('search/index.html')
      .querySelectorAll('script[src]')
      .map((s) => s.getAttribute('src')!.slice(BASE.length));
    expect(searchScripts).toHaveLength(1);
    expect(scripts.filter((f) => !f.startsWith('pagefind/'))).toEqual(searchScripts);
    for (const path of pages.filter((p) => p !== 'search/index.html')) {
      expect(page(path).querySelectorAll('script:not([type="application/ld+json"])'), path).toHaveLength(0);
      expect(page(path).querySelectorAll('link[rel="modulepreload"], link[as="script"]'), path).toHaveLength(0);
    }
  });
});

describe('contents and navigation', () => {
  it('lists chapters, each link resolving to a built page', () => {
    expect(contentsLinks.length).toBeGreaterThan(0);
    for (const path of chapterPages) expect(existsSync(`${DIST}/${path}`), path).toBe(true);
  });

  it('links each chapter to its neighbours in contents order', () => {
    chapterPages.forEach((path, i) => {
      const doc = page(path);
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(contentsLinks[i - 1]);
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(contentsLinks[i + 1]);
    });
  });

  it('uses each chapter summary as its meta description', () => {
    for (const path of chapterPages) {
      const doc = page(path);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
        doc.querySelector('.chapter__header .lede')?.text,
      );
    }
  });
});

describe('chapters are compiled by the project plugins and read data', () => {
  const { stats } = loadData(process.cwd());
  const research = page('about-the-research/index.html');

  it('remark-stats ran: each <Stat> shows the value from data/, and its sources are listed', () => {
    const shown = research.querySelectorAll('data.stat');
    expect(shown.length).toBeGreaterThan(0);
    for (const stat of shown) expect(stat.text).toBe(formatStat(stats.get(stat.getAttribute('data-stat')!)!));
    expect(research.querySelector('#chapter-sources-heading')).not.toBeNull();
  });

  it('rehype-heading-links ran: every section heading has a link to itself', () => {
    const headings = research.querySelectorAll('.prose h2');
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(h.nextElementSibling?.getAttribute('href')).toBe(`#${h.id}`);
  });
});
