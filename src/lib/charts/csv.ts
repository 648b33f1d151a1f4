/**
 * A chart's data as CSV (RFC 4180: quoted where needed, CRLF line ends), one row per figure in long
 * form so it loads straight into a spreadsheet or R/pandas: what is measured, the period where the chart
 * has two, the value in its unit, the figure's id in the book's data, and the evidence behind it.
 */
import type { ChartSpec } from '../data/charts.ts';
import type { Source, Study } from '../data/schemas.ts';
import { csvText } from '../csv-text.ts';
import { chartTable, type Figures } from './model.ts';

/** The CSV text of `spec`'s data. */
export function chartCsv(spec: ChartSpec, figures: Figures, studies: ReadonlyMap<string, Study>, sources: ReadonlyMap<string, Source>): string {
  const table = chartTable(spec, figures);
  const header = ['measure', ...(table.periods ? ['period'] : []), 'value', 'unit', 'figure_id', 'study', 'sources'];
  const rows = table.rows.flatMap((row) => row.cells.map((figure, i) => [
    row.label,
    ...(table.periods ? [table.columns[i]!] : []),
    figure.value,
    figure.unit,
    figure.id,
    studies.get(figure.study)?.name ?? figure.study,
    figure.sources.map((id) => sources.get(id)?.title ?? id).join('; '),
  ]));
  return csvText([header, ...rows]);
}
