/**
 * The content lint: every check the chapters' remark plugins make while Astro compiles them (image alt
 * text, <Stat>, <Chart> and <Ref> ids, each chart placed once), run on the chapters as parsed before the
 * build, and one the plugins cannot make: no finding typed into the text instead of <Stat>. It reports a chapter
 * mistake in a second, where Astro would reach it only after loading itself;
 * the plugins still run during the build and the live preview, so a mistake is caught there too. It reads
 * the book index: the chapters as parsed once, their facts and the registry.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { BookError } from '../../lib/book-error.ts';
import { checkChapterSources, checkCharts, checkRefs, checkStats } from './checks.ts';
import type { BookIndex } from './index.ts';
import { findStrayStats } from '../data/stray-stats.ts';
import type { BookData } from '../data/load.ts';
import { checkImageAlt } from './image-alt.ts';

/** What the lint counted, for the build's log. */
export interface LintCounts {
  stats: number;
  charts: number;
  refs: number;
}

/** Checks the index's chapters (in reading order) against the data and the registry; throws the first BookError. */
export function lintChapters(
  index: Pick<BookIndex, 'chapters' | 'refs'>,
  data: Pick<BookData, 'stats' | 'charts' | 'book'>,
): LintCounts {
  const counts: LintCounts = { stats: 0, charts: 0, refs: 0 };
  for (const chapter of index.chapters) {
    // In the order the remark plugins run (src/book/markdown/index.ts), so the first mistake reported is the same.
    checkImageAlt(chapter.tree, chapter.file);
    checkTypedStats(chapter.tree, chapter.file);
    counts.stats += checkStats(chapter.facts, data.stats, chapter.file).length;
    counts.charts += checkCharts(chapter.facts, data.charts, chapter.file, chapter.id).length;
    counts.refs += checkRefs(chapter.facts, index.refs, chapter.file, chapter.id).length;
    checkChapterSources(chapter.sources, data.book.sources, chapter.file);
  }
  return counts;
}

/** Stops on a finding typed into a paragraph, list item or heading: it would not follow data/. */
export function checkTypedStats(tree: Root, file: string): void {
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    // Code and tags are not prose; toString would read a tag's words but not its attributes.
    const text = toString(node, { includeImageAlt: false });
    const [stray] = findStrayStats(text);
    if (!stray) return;
    throw new BookError(
      { file, line: node.position?.start.line, id: stray.stat, field: 'text' },
      `the stat "${stray.stat}" is typed into the text ("${stray.context}"), so it would not change with data/.`,
      'add it to data/stats.yaml with its source (or find it there), and write <Stat ' +
        'id="its-id" /> in its place. Years, dates and ages may be typed.',
    );
  });
}
