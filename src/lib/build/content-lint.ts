/**
 * The content lint: every check the chapters' remark plugins make while Astro compiles them (image alt
 * text, <Stat>, <Chart> and <Ref> ids, each chart placed once), run on the chapters as parsed before the
 * build, and one the plugins cannot make: no finding typed into the text instead of <Stat>. It reports a chapter mistake in a second, where Astro would reach it only after loading itself;
 * the plugins still run during the build and the live preview, so a mistake is caught there too.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { BookError } from '../book-error.ts';
import { numberCharts } from '../charts/numbering.ts';
import { findStrayFigures } from '../data/stray-figures.ts';
import type { BookData } from '../data/load.ts';
import type { ParsedChapter, Referable } from '../refs/registry.ts';
import { checkImageAlt } from '../../plugins/remark-image-alt.ts';
import { collectCharts } from '../../plugins/remark-charts.ts';
import { resolveRefs } from '../../plugins/remark-refs.ts';
import { collectStats } from '../../plugins/remark-stats.ts';

/** What the lint counted, for the build's log. */
export interface LintCounts {
  stats: number;
  charts: number;
  refs: number;
}

/** Checks `chapters` (in reading order) against the data and the registry; throws the first BookError. */
export function lintChapters(chapters: readonly ParsedChapter[], data: Pick<BookData, 'figures' | 'charts'>, refs: ReadonlyMap<string, Referable>): LintCounts {
  const counts: LintCounts = { stats: 0, charts: 0, refs: 0 };
  const placed = chapters.map((chapter) => {
    // In the order the remark plugins run (src/plugins/index.ts), so the first mistake reported is the same.
    checkImageAlt(chapter.tree, chapter.file);
    checkTypedFigures(chapter.tree, chapter.file);
    counts.stats += collectStats(chapter.tree, data.figures, chapter.file).length;
    const charts = collectCharts(chapter.tree, data.charts, chapter.file);
    counts.charts += charts.length;
    counts.refs += resolveRefs(chapter.tree, refs, chapter.file, chapter.id).length;
    return { file: chapter.file, chapter: chapter.id, charts };
  });
  // A chart placed in two chapters would have two numbers.
  numberCharts(placed);
  return counts;
}

/** Stops on a finding typed into a paragraph, list item or heading: it would not follow data/. */
export function checkTypedFigures(tree: Root, file: string): void {
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    // Code and tags are not prose; toString would read a tag's words but not its attributes.
    const text = toString(node, { includeImageAlt: false });
    const [stray] = findStrayFigures(text);
    if (!stray) return;
    throw new BookError({ file, line: node.position?.start.line, id: stray.figure, field: 'text' },
      `the figure "${stray.figure}" is typed into the text ("${stray.context}"), so it would not change with data/.`,
      'add it to data/figures.yaml with its source (or find it there), and write <Stat id="its-id" /> in its place. Years, dates and ages may be typed.');
  });
}
