/**
 * Every address of the site, named once. data/book.yaml `url` gives both the origin and the base path
 * the site is built for: Astro's `site` and `base`, every internal link, the canonical links, the
 * sitemap, social cards, the embed code, the search, the PDF and EPUB steps and the tests all read it
 * from here, so a copy served elsewhere cannot half-agree. Paths in the built site (`paths`) carry no
 * base: the build writes files there, and `withBase` makes the links to them.
 */

export interface SiteAddress {
  /** e.g. 'https://example.org' */
  origin: string;
  /** The base path, with both slashes: '/' or '/nhs-cyber-resilience/'. */
  base: string;
  /** origin + base: the home page's public address. */
  url: string;
}

/** A folder's path or address as the site writes it, ending in one "/": '/report' → '/report/'. */
export const withSlash = (path: string): string => path.replace(/\/?$/, '/');

/** The address of a book whose data/book.yaml `url` is `bookUrl`. */
export function siteAddress(bookUrl: string): SiteAddress {
  const { origin, pathname } = new URL(bookUrl);
  const base = withSlash(pathname);
  return { origin, base, url: origin + base };
}

/** Paths in the built site, without the base path. */
export const paths = {
  chapter: (id: string): string => `${id}/`,
  /** A figure on a page of its own, the one page other sites may frame. */
  figurePage: (chartId: string): string => `embed/${chartId}/`,
  /** The folder of figure pages, for the headers that let other sites frame them. */
  figurePages: 'embed/',
  /** A chart's data, drawing and picture for slides. */
  chartFile: (chartId: string, type: 'csv' | 'svg' | 'png'): string => `data/${chartId}.${type}`,
  /** Every stat of the book, as a table. */
  statsFile: (type: 'csv' | 'json'): string => `data/stats.${type}`,
  /** A page's social card. */
  card: (id: string): string => `og/${id}.png`,
  /** The sitemap index, named by robots.txt and each page's <link rel="sitemap">. */
  sitemap: 'sitemap-index.xml',
  search: 'search/',
} as const;

/** The id of a chart's figure in its chapter: the fragment of every link to it. */
export const figureAnchor = (chartId: string): string => `chart-${chartId}`;

/** The site-relative address of `path` under `base`: ('/report/', 'funding/') → '/report/funding/'. */
export const withBase = (base: string, path = ''): string => withSlash(base) + path.replace(/^\//, '');

/** The page's path inside the site, without the base: ('/report/funding/', '/report/') → 'funding/'. */
export function routePath(pathname: string, base: string): string {
  const root = withSlash(base);
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return path.replace(/index\.html$/, '');
}

/** The public address of a route: ('funding/', 'https://example.org/report/') → 'https://example.org/report/funding/'. */
export const publicUrl = (route: string, bookUrl: string): string =>
  new URL(route.replace(/^\//, ''), withSlash(bookUrl)).href;
