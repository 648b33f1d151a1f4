/** Reading the built site in whole-site tests: every page, parsed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteAddress } from '../../src/book/routes.ts';
import { getData } from '../../src/book/data/index.ts';

export const DIST = join(process.cwd(), 'dist');
/** The base path the book is built for (from data/book.yaml `url`), e.g. '/nhs-cyber-resilience/'. */
export const BASE = siteAddress(getData(process.cwd()).book.url).base;

/** Every built HTML page's path relative to dist/ (or another build's `dist`), e.g. "about-the-research/index.html". */
export function builtPages(dist = DIST): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('print/')) // print/: the PDF's source pages, removed by the PDF step
    .sort();
}

/** A built page, parsed. */
export function page(path: string, dist = DIST): HTMLElement {
  return parse(readFileSync(join(dist, path), 'utf8'));
}

/** The dist/ path of the page an internal href points to (`<base>x/#y` → `x/index.html`), or undefined. */
export function pageForHref(href: string, base = BASE): string | undefined {
  if (!href.startsWith(base)) return undefined;
  const path = href.slice(base.length).split('#')[0]!.split('?')[0]!;
  return relative(DIST, join(DIST, path, path.endsWith('.html') ? '' : 'index.html'));
}
