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
  /** Pagefind's index of the chapters, which the search page loads. */
  searchIndex: 'pagefind/',
  /** The folder of the print edition: the book's PDF and each chapter's, named after the book. */
  pdfs: 'pdf/',
  pdf: (bookTitle: string, chapterId?: string): string =>
    `${paths.pdfs}${chapterId ? `${slugify(bookTitle)}-${chapterId}` : slugify(bookTitle)}.pdf`,
  /** The folder of the eBook, named after the book like its PDFs. */
  epubs: 'epub/',
  epub: (bookTitle: string): string => `${paths.epubs}${slugify(bookTitle)}.epub`,
} as const;

/** A file name made from a title: "Building Cyber Resilient Healthcare" → "building-cyber-resilient-healthcare". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The id of a chart's figure in its chapter: the fragment of every link to it. */
export const figureAnchor = (chartId: string): string => `chart-${chartId}`;

/** The site-relative address of `path` under `base`: ('/report/', 'funding/') → '/report/funding/'. */
export const withBase = (base: string, path = ''): string => withSlash(base) + path.replace(/^\//, '');

/** The site-relative address of `path` in the site of a book whose data/book.yaml `url` is `bookUrl`. */
export const siteUrl = (bookUrl: string, path = ''): string => withBase(siteAddress(bookUrl).base, path);

/** The page's path inside the site, without the base: ('/report/funding/', '/report/') → 'funding/'. */
export function routePath(pathname: string, base: string): string {
  const root = withSlash(base);
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return path.replace(/index\.html$/, '');
}

/**
 * The public address of a route: ('funding/', 'https://example.org/report/') → 'https://example.org/report/funding/'.
 */
export const publicUrl = (route: string, bookUrl: string): string =>
  new URL(route.replace(/^\//, ''), withSlash(bookUrl)).href;
