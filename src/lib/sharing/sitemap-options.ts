/**
 * sitemap.xml with @astrojs/sitemap. Astro's `site` and `base` both come from data/book.yaml `url`
 * (site-address.ts), so the addresses the integration writes are the pages' canonical ones as they are.
 */
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isPrintRoute, routePath } from './public-url.ts';
import { siteAddress } from './site-address.ts';

/** Options for @astrojs/sitemap: no print edition. */
export function sitemapOptions(base: string): SitemapOptions {
  return { filter: (address) => !isPrintRoute(routePath(new URL(address).pathname, base)) };
}

/** The sitemap integration. */
export const sitemapIntegrations = (base = siteAddress().base): AstroIntegration[] => [sitemap(sitemapOptions(base))];
