/**
 * The pages the browser tests visit: every built page, discovered from dist/, with its address; and
 * each page that a script fills in once more in that filled state (the search page showing results),
 * since that is a page readers see too.
 */
import { inject } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, page } from './site.ts';

/** A built page: its dist/ path, its address on the test server and a short name for reports. */
export interface SitePage {
  path: string;
  address: string;
  name: string;
  /** For a scripted state: the selector that shows the script has done its work. */
  ready?: string;
  /** The page as served (false for a state only a script can reach). */
  served: boolean;
}

/** The address of a built page from its dist/ path: "x/index.html" → origin + "x/". */
const pageAddress = (origin: string, distPath: string): string => origin + distPath.replace(/(^|\/)index\.html$/, '$1');

/** A word from the book's title (its longest), which the search must find. */
export const searchWord = (): string =>
  loadData(process.cwd())
    .book.title.split(/\W+/)
    .sort((a, b) => b.length - a.length)[0]!
    .toLowerCase();

/** Every built page (never a hand-kept list), in a stable order, then the scripted states. */
export function sitePages(): SitePage[] {
  const origin = inject('siteOrigin');
  const served = builtPages().map((path) => ({
    path,
    address: pageAddress(origin, path),
    name: path.replace(/index\.html$/, '') || '/',
    served: true,
  }));
  const searched = served
    .filter((p) => page(p.path).querySelector('[data-search-results]'))
    .map((p) => ({
      ...p,
      address: `${p.address}?q=${searchWord()}`,
      name: `${p.name}?q=${searchWord()}`,
      ready: '[data-search-results] > li',
      served: false,
    }));
  return [...served, ...searched];
}

/**
 * One page of each kind: the cover, a chapter, the search page (as served and with results), an embed
 * page and the 404 page. Pages of a kind share one layout and stylesheet, so the largest (the most
 * headings, links and charts) stands for the rest in checks that repeat a layout in many modes.
 */
export function onePerKind(pages: SitePage[]): SitePage[] {
  const kind = (p: SitePage) => {
    if (!p.served) return `scripted ${p.path}`;
    if (p.path.split('/').length > 2) return p.path.split('/')[0]!;
    if (p.path === 'index.html' || p.path === '404.html') return p.path;
    return page(p.path).querySelector('[data-search-results]') ? 'search' : 'chapter';
  };
  const size = (p: SitePage) => statSync(join(DIST, p.path)).size;
  const largest = new Map<string, SitePage>();
  for (const p of pages) if (!largest.has(kind(p)) || size(p) > size(largest.get(kind(p))!)) largest.set(kind(p), p);
  return [...largest.values()];
}
