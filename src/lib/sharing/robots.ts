/**
 * robots.txt: every page may be crawled except the print edition (it repeats the chapters), and the
 * sitemap is named by its public address. Crawlers read robots.txt only at a host's root, so a copy
 * served under a sub-path needs its host to serve these lines at the root.
 */
import { PRINT_ROUTE, publicUrl, SITEMAP_INDEX } from './public-url.ts';

/** The file's text for a book whose public address is `bookUrl`. */
export function robotsTxt(bookUrl: string): string {
  const print = new URL(publicUrl(PRINT_ROUTE, bookUrl)).pathname;
  return `User-agent: *\nAllow: /\nDisallow: ${print}\n\nSitemap: ${publicUrl(SITEMAP_INDEX, bookUrl)}\n`;
}
