/**
 * sitemap.xml with @astrojs/sitemap. The integration writes addresses from Astro's `site` and `base`,
 * but `new URL(base, site)` drops the sub-path of data/book.yaml `url` whenever the copy is built for
 * another base (a preview at '/'). So every address, in the page list and in the index, is rewritten to
 * the page's public address under the book's url: the one its canonical link gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { getData } from '../data/index.ts';
import { isPrintRoute, publicUrl, routePath, SITEMAP_INDEX } from './public-url.ts';

/** `address` (as the integration wrote it) moved under the book's public url. */
const toPublic = (address: string, base: string): string =>
  publicUrl(routePath(new URL(address).pathname, base), getData().book.url);

/** Options for @astrojs/sitemap: no print edition, public addresses. */
export function sitemapOptions(base: string): SitemapOptions {
  return {
    filter: (address) => !isPrintRoute(routePath(new URL(address).pathname, base)),
    serialize: (item) => ({ ...item, url: toPublic(item.url, base) }),
  };
}

/** Rewrites the index's links to its sitemap files the same way (the integration has no option for it). */
function publicIndex(base: string): AstroIntegration {
  return {
    name: 'sitemap-index-public-urls',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL(SITEMAP_INDEX, dir));
        const xml = readFileSync(file, 'utf8');
        writeFileSync(file, xml.replace(/<loc>([^<]+)<\/loc>/g, (_, loc: string) => `<loc>${toPublic(loc, base)}</loc>`));
      },
    },
  };
}

/** The sitemap integrations, in order; `base` is Astro's base path (BASE_PATH or '/'). */
export const sitemapIntegrations = (base = process.env.BASE_PATH ?? '/'): AstroIntegration[] =>
  [sitemap(sitemapOptions(base)), publicIndex(base)];
