/**
 * The quick checks, which need no Astro, run before every build and by `npm run check`: all of data/
 * (loadData), every chapter's frontmatter, running order and MDX syntax (the book index), and the content
 * lint (ids of stats, charts and cross-references, alt text). They report a mistake in about a second, with file
 * and line, where Astro would report it later and wrapped in its own framing.
 */
import type { AstroIntegration } from 'astro';
import { getData } from '../../book/data/index.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { lintChapters, type LintCounts } from '../../book/book-index/content-lint.ts';
import type { BookSettings } from '../settings.ts';
import { say } from './build-step.ts';

/** What preflight checked, for the build's log. */
export interface Checked extends LintCounts {
  /** Stats in data/, however often the chapters show them. */
  statsDefined: number;
  terms: number;
  chapters: number;
}

/** Checks the book at `root`; throws the first BookError found. Returns what it checked. */
export function preflight(root: string): Checked {
  // Read into the process's caches: Astro's config and pages then find the data and the index ready.
  const data = getData(root);
  const index = getBookIndex(root);
  const counts = lintChapters(index, data);
  return { statsDefined: data.stats.size, terms: data.glossary.size, chapters: index.chapters.length, ...counts };
}

/** The log line saying what preflight checked. */
export const describeChecked = (c: Checked): string =>
  `Checked ${c.statsDefined} stats, ${c.terms} glossary entries and ${c.chapters} chapters ` +
  `(${c.stats} stats, ${c.charts} charts and ${c.refs} cross-references placed in them).`;

/**
 * The checks as the build's first step: they run while Astro sets up, before any page is rendered, so a
 * mistake is reported in about a second and nothing else is built. `npm run build` runs them before it
 * even loads Astro, and says so (`checked`).
 */
export function quickChecks(settings: BookSettings): AstroIntegration {
  return {
    name: 'book-quick-checks',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && !settings.checked) say(describeChecked(preflight(settings.root)));
      },
    },
  };
}
