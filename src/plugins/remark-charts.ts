/**
 * Checks every <Chart id="..." /> in a chapter while it compiles: the id must be a chart in
 * data/charts.yaml, the tag must stand on its own line (a figure cannot sit inside a sentence), and a
 * chapter places each chart once. Records the chart ids in the chapter's frontmatter (`chartsUsed`) and
 * adds the charts' figures to `figuresUsed`, so the chapter's source list covers its charts too.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BookError } from '../lib/book-error.ts';
import { chartRefs, type ChartSpec } from '../lib/data/charts.ts';
import { jsxAttr, visitJsx } from './mdx-jsx.ts';

export interface RemarkChartsOptions {
  /** The charts that exist, by id. */
  charts: () => ReadonlyMap<string, ChartSpec>;
}

/** Where a chapter places a chart. */
export interface Placement { id: string; line?: number }

/** The pure core: the charts placed in `tree`, in order, throwing on the first mistake. */
export function collectCharts(tree: Root, known: { has(id: string): boolean; keys(): Iterable<string> }, file: string): Placement[] {
  const placed: Placement[] = [];
  visitJsx(tree, 'Chart', (node) => {
    const id = jsxAttr(node, 'id');
    const line = node.position?.start.line;
    const fail = (problem: string, hint: string): never => {
      throw new BookError({ file, line, id, field: '<Chart id>' }, problem, hint);
    };
    if (!id) fail('a <Chart /> has no id.', 'write the chart id from data/charts.yaml, e.g. <Chart id="answers-by-group" />.');
    if (!known.has(id!)) {
      fail(`there is no chart "${id}" in data/charts.yaml.`, `use one of: ${[...known.keys()].join(', ') || '(none yet)'}; or add the chart to data/charts.yaml.`);
    }
    if (node.type === 'mdxJsxTextElement') {
      fail('this <Chart /> is inside a paragraph, but a chart is a figure of its own.', 'put the <Chart /> tag on its own line, with a blank line before and after it.');
    }
    const earlier = placed.find((p) => p.id === id);
    if (earlier) fail(`the chart "${id}" is already placed on line ${earlier.line}.`, 'place each chart once; link to it with #chart-' + id + ' elsewhere.');
    placed.push({ id: id!, line });
  });
  return placed;
}

export default function remarkCharts({ charts }: RemarkChartsOptions) {
  return (tree: Root, file: VFile) => {
    const known = charts();
    const placed = collectCharts(tree, known, relative(process.cwd(), file.path));
    const frontmatter = (((file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> }).frontmatter ??= {});
    frontmatter.chartsUsed = placed.map((p) => p.id);
    const chartFigures = placed.flatMap((p) => chartRefs(known.get(p.id)!).map((ref) => ref.figure));
    frontmatter.figuresUsed = [...new Set([...((frontmatter.figuresUsed as string[] | undefined) ?? []), ...chartFigures])];
  };
}
