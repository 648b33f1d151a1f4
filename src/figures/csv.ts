/**
 * A chart's data as CSV (RFC 4180: quoted where needed, CRLF line ends), one row per stat in long
 * form so it loads straight into a spreadsheet or R/pandas: what is measured, the period where the chart
 * has two, the value in its unit, the stat's id in the book's data, and the evidence behind it.
 */
import type { ChartSpec } from '../book/data/charts.ts';
import type { Source, Study } from '../book/data/schemas.ts';
import { csvText } from '../lib/csv-text.ts';
import { chartTable, type Stats } from './model.ts';

/** The CSV text of `spec`'s data. */
export function chartCsv(
  spec: ChartSpec,
  stats: Stats,
  studies: ReadonlyMap<string, Study>,
  sources: ReadonlyMap<string, Source>,
): string {
  const table = chartTable(spec, stats);
  const header = ['measure', ...(table.periods ? ['period'] : []), 'value', 'unit', 'stat_id', 'study', 'sources'];
  const rows = table.rows.flatMap((row) =>
    row.cells.map((stat, i) => [
      row.label,
      ...(table.periods ? [table.columns[i]!] : []),
      stat.value,
      stat.unit,
      stat.id,
      studies.get(stat.study)?.name ?? stat.study,
      stat.sources.map((id) => sources.get(id)?.title ?? id).join('; '),
    ]),
  );
  return csvText([header, ...rows]);
}
