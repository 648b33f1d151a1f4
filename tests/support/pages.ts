/**
 * The pages the browser tests visit: every built page, discovered from dist/, with its address; and
 * each page that a script fills in once more in that filled state (the search page showing results),
 * since that is a page readers see too.
 */
import { inject } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { builtPages, page } from './site.ts';

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
export const searchWord = (): string => loadData(process.cwd()).book.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!.toLowerCase();

/** Every built page (never a hand-kept list), in a stable order, then the scripted states. */
export function sitePages(): SitePage[] {
  const origin = inject('siteOrigin');
  const served = builtPages().map((path) => ({ path, address: pageAddress(origin, path), name: path.replace(/index\.html$/, '') || '/', served: true }));
  const searched = served
    .filter((p) => page(p.path).querySelector('[data-search-results]'))
    .map((p) => ({ ...p, address: `${p.address}?q=${searchWord()}`, name: `${p.name}?q=${searchWord()}`, ready: '[data-search-results] > li', served: false }));
  return [...served, ...searched];
}
