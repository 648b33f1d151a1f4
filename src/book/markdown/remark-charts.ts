/**
 * Checks every <Chart id="..." /> in a chapter while it compiles: the id must be a chart in
 * data/charts.yaml that belongs in this chapter, the tag must stand on its own line (a stat cannot sit
 * inside a sentence), and a chapter places each chart once. The check is the book index's (checkCharts).
 */
import { basename, relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkCharts } from '../book-index/checks.ts';
import { factsOf } from '../book-index/parse.ts';
import type { ChartSpec } from '../data/charts.ts';

export interface RemarkChartsOptions {
  /** The charts that exist, by id. */
  charts: () => ReadonlyMap<string, ChartSpec>;
}

export default function remarkCharts({ charts }: RemarkChartsOptions) {
  return (tree: Root, file: VFile) => {
    checkCharts(
      factsOf(tree),
      charts(),
      relative(process.cwd(), file.path),
      basename(file.path).replace(/\.mdx?$/, ''),
    );
  };
}
