/** Every remark and rehype plugin the book uses, in the order they run. astro.config.mjs reads these. */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { getData } from '../lib/data/index.ts';
import remarkStats from './remark-stats.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';

export const remarkPlugins: RemarkPlugins = [[remarkStats, { figureIds: () => getData().figures }]];

// Heading ids first (Astro would add them last), so the plugins after can link to them.
export const rehypePlugins: RehypePlugins = [rehypeHeadingIds, rehypeHeadingLinks, [rehypeExternalLinks, { siteUrl: () => getData().book.url }]];
