/**
 * A page's public address under data/book.yaml `url`, whose path is also the base the site is built for
 * (data/site-address.ts): canonical links, social cards, the embed code and the citation all point there.
 */

/** The sitemap index's file name, named by robots.txt and each page's <link rel="sitemap">. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The page's path inside the site, without the base: ('/report/funding/', '/report/') → 'funding/'. */
export function routePath(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return path.replace(/index\.html$/, '');
}

/** The public address of a route: ('funding/', 'https://example.org/report/') → 'https://example.org/report/funding/'. */
export function publicUrl(route: string, bookUrl: string): string {
  const home = bookUrl.endsWith('/') ? bookUrl : `${bookUrl}/`;
  return new URL(route.replace(/^\//, ''), home).href;
}

