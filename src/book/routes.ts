/**
 * The site's one address setting: data/book.yaml `url` gives both the origin and the base path the site
 * is built for. astro.config.mjs (Astro's `site` and `base`), every internal link, the canonical links,
 * the sitemap, social cards, the search, the PDF and EPUB steps and the tests all read it from here,
 * so a copy served elsewhere cannot half-agree.
 */
import { getData } from './data/index.ts';

export interface SiteAddress {
  /** e.g. 'https://example.org' */
  origin: string;
  /** The base path, with both slashes: '/' or '/nhs-cyber-resilience/'. */
  base: string;
  /** origin + base: the home page's public address. */
  url: string;
}

/** The address of the book at `bookUrl` (by default the book being built). */
export function siteAddress(bookUrl: string = getData().book.url): SiteAddress {
  const { origin, pathname } = new URL(bookUrl);
  const base = pathname.replace(/\/?$/, '/');
  return { origin, base, url: origin + base };
}

/** The site-relative address of `path`, e.g. url('about-the-research/') → '/report/about-the-research/'. */
export const url = (path = ''): string => siteAddress().base + path.replace(/^\//, '');

/** A chapter's address. */
export const chapterUrl = (id: string): string => url(`${id}/`);
