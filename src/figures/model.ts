/**
 * A chart spec joined to its stats: the scene each kind draws, the data table every kind shares (for
 * the <table>, the CSV download and the text description), and the description itself. This is the one
 * place that knows which geometry function draws which kind.
 */
import type { ChartSpec } from '../book/data/charts.ts';
import { differenceText, formatStat } from '../book/data/format.ts';
import type { Stat } from '../book/data/schemas.ts';
import { barScene, type Datum } from './bar.ts';
import { comparisonScene } from './comparison.ts';
import { gapScene } from './gap.ts';
import { proportionScene } from './proportion.ts';
import type { Scene } from './scene.ts';
import { slopeScene } from './slope.ts';

export type Stats = ReadonlyMap<string, Stat>;

/** The data behind a chart as rows and columns of stats. */
export interface DataTable {
  /** Heading over the row labels. */
  rowHeading: string;
  /** One heading per value column: the axis title, or the two periods of a slope chart. */
  columns: string[];
  /** True when the columns are periods (the CSV then writes a period column). */
  periods: boolean;
  rows: { label: string; cells: Stat[] }[];
}

const fig = (stats: Stats, id: string): Stat => stats.get(id)!;
const datum = (stat: Stat, label: string): Datum => ({ label, value: stat.value, text: formatStat(stat) });

/** Rows and columns for the table and the CSV, in the order the chart draws them. */
export function chartTable(spec: ChartSpec, stats: Stats): DataTable {
  if (spec.kind === 'slope') {
    return {
      rowHeading: 'Measure',
      columns: [...spec.periods],
      periods: true,
      rows: spec.data.map((l) => ({ label: l.label, cells: l.stats.map((id) => fig(stats, id)) })),
    };
  }
  const items = spec.kind === 'gap' ? [spec.reference, ...spec.data] : spec.data;
  return {
    rowHeading: 'Measure',
    columns: [spec.axis],
    periods: false,
    rows: items.map((i) => ({ label: i.label, cells: [fig(stats, i.stat)] })),
  };
}

/** The chart laid out at `width` user units. */
export function chartScene(spec: ChartSpec, stats: Stats, width: number): Scene {
  const { unit, axis } = spec;
  switch (spec.kind) {
    case 'bar':
      return barScene(
        spec.data.map((i) => datum(fig(stats, i.stat), i.label)),
        { width, unit, axis },
      );
    case 'comparison':
      return comparisonScene(
        spec.data.map((i) => datum(fig(stats, i.stat), i.label)),
        { width, unit, axis },
      );
    case 'proportion': {
      const item = spec.data[0]!;
      // The loader refuses count stats on proportion charts, so the unit is a share here.
      return proportionScene(datum(fig(stats, item.stat), item.label), {
        width,
        unit: unit as 'percent' | 'in-ten',
        rest: spec.rest,
      });
    }
    case 'gap':
      return gapScene(
        datum(fig(stats, spec.reference.stat), spec.reference.label),
        spec.data.map((i) => datum(fig(stats, i.stat), i.label)),
        { width, unit, axis },
      );
    case 'slope':
      return slopeScene(
        spec.data.map((l) => {
          const [from, to] = l.stats.map((id) => fig(stats, id)) as [Stat, Stat];
          return { label: l.label, from: datum(from, ''), to: datum(to, '') };
        }),
        { width, unit, axis, periods: spec.periods },
      );
  }
}

/** "Share of UK adults" → "share of UK adults" (an acronym's capitals stay). */
const lowerFirst = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

const KIND_NAMES: Record<ChartSpec['kind'], string> = {
  bar: 'Bar chart',
  comparison: 'Two bars, each drawn against the whole',
  proportion: 'Grid of cells',
  gap: 'Dot chart of gaps',
  slope: 'Slope chart',
};

/** What the image shows, in words, for its <desc>: the kind, the scale and every value. */
export function chartDescription(spec: ChartSpec, stats: Stats): string {
  const table = chartTable(spec, stats);
  const values = table.rows.map((row) => {
    const cells = row.cells.map((f, i) => (table.periods ? `${formatStat(f)} in ${table.columns[i]}` : formatStat(f)));
    return `${row.label}: ${cells.join(', ')}`;
  });
  switch (spec.kind) {
    case 'proportion': {
      const f = table.rows[0]!.cells[0]!;
      const whole = f.unit === 'in-ten' ? 10 : 100;
      return (
        `${KIND_NAMES.proportion}: ${whole} cells, ${Math.round(f.value)} filled. ${values[0]}. ` +
        `${spec.rest}: ${formatStat({ value: whole - f.value, unit: f.unit })}.`
      );
    }
    case 'gap': {
      const ref = fig(stats, spec.reference.stat);
      const gaps = spec.data.map((item, i) => {
        const f = fig(stats, item.stat);
        return (
          `${values[i + 1]}, ${differenceText(ref.value - f.value, f.unit)} ` +
          `${f.value <= ref.value ? 'lower' : 'higher'}`
        );
      });
      return `${KIND_NAMES.gap}, ${lowerFirst(spec.axis)}. Reference: ${values[0]}. ${gaps.join('. ')}.`;
    }
    case 'slope':
      return (
        `${KIND_NAMES.slope}, ${lowerFirst(spec.axis)}, ${spec.periods[0]} to ` +
        `${spec.periods[1]}. ${values.join('. ')}.`
      );
    default:
      return `${KIND_NAMES[spec.kind]}, ${lowerFirst(spec.axis)}. ${values.join('. ')}.`;
  }
}
