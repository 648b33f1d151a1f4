/**
 * sitemap.xml with @astrojs/sitemap. Astro's `site` and `base` both come from data/book.yaml `url`
 * (data/site-address.ts), so the addresses the integration writes are the pages' canonical ones as they are.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** The sitemap integration: every page of the site (the PDFs and EPUB are files, not pages). */
export const sitemapIntegrations = (): AstroIntegration[] => [sitemap()];
