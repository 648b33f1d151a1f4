/**
 * robots.txt: every page may be crawled, and the sitemap is named by its public address. Crawlers read robots.txt
 * only at a host's root, so a copy served under a sub-path needs its host to serve these lines at the root.
 */
import { paths, publicUrl } from '../../book/routes.ts';

/** The file's text for a book whose public address is `bookUrl`. */
export function robotsTxt(bookUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(paths.sitemap, bookUrl)}\n`;
}
