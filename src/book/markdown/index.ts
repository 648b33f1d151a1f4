/**
 * Every remark and rehype plugin the book uses, in the order they run (src/pipeline/astro-config.ts hands them to Astro).
 */
import { rehypeHeadingIds, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { sep } from 'node:path';
import { chaptersDir } from '../chapters/chapter-files.ts';
import { getData } from '../data/index.ts';
import { getRefs } from '../refs/index.ts';
import remarkBookIndex from './remark-book-index.ts';
import remarkImageAlt from './remark-image-alt.ts';
import remarkRefs from './remark-refs.ts';
import remarkStats from './remark-stats.ts';
import remarkCharts from './remark-charts.ts';
import rehypeAbbreviations from './rehype-abbreviations.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';

/** The plugins for the book at `root`. */
export function markdownPlugins(root: string): { remarkPlugins: RemarkPlugins; rehypePlugins: RehypePlugins } {
  const data = () => getData(root);
  return {
    // First, the book index's parse of each chapter, so Astro's compile does not parse it again. The
    // checks after it read the index's facts, so their order does not matter.
    remarkPlugins: [
      [
        remarkBookIndex,
        { isChapter: (path: string) => path.startsWith(chaptersDir(root) + sep) && path.endsWith('.mdx') },
      ],
      remarkImageAlt,
      [remarkStats, { statIds: () => data().stats }],
      [remarkCharts, { charts: () => data().charts }],
      [remarkRefs, { refs: () => getRefs(root) }],
    ],
    // Heading ids first (Astro would add them last), so the plugins after can link to them.
    rehypePlugins: [
      rehypeHeadingIds,
      rehypeHeadingLinks,
      [rehypeAbbreviations, { terms: () => data().glossary.values() }],
      [rehypeExternalLinks, { siteUrl: () => data().book.url }],
    ],
  };
}

/** How Markdown becomes HTML: footnotes get a visible "Notes" heading and plain-English back links. */
export const remarkRehype = {
  footnoteLabel: 'Notes',
  footnoteLabelProperties: { className: ['footnotes__heading'] },
  footnoteBackLabel: (referenceIndex: number) => `Back to reference ${referenceIndex + 1}`,
};
