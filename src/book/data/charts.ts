/**
 * What a chart is: a spec in data/charts.yaml naming the stats it draws, its kind, the finding it shows
 * and where it belongs. The numbers themselves stay in stats.yaml, so a chart can never state a value
 * the text does not. `checkChart` cross-checks a parsed spec against the stats and documents.
 */
import { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import type { YamlFile } from './yaml-file.ts';
import { UnitSchema, type Stat, type Source } from './schemas.ts';
import { resolveWords } from './chart-words.ts';

const id = z
  .string({ error: 'is missing: give it a short id such as `answers-by-group`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, such as `answers-by-group`');
const text = (what: string) =>
  z
    .string({ error: `is missing: add ${what}` })
    .trim()
    .min(1, `is empty: add ${what}`);

/** One drawn value: a stat and the short label the chart prints beside it. */
const ItemSchema = z.strictObject({
  /** An id from stats.yaml. */
  stat: id,
  /** A short label for the chart (the stat's own label is often too long for a phone). */
  label: text('a short label for the chart'),
});
export type ChartItem = z.infer<typeof ItemSchema>;

const items = (min: number, max = Infinity) =>
  z
    .array(ItemSchema, { error: 'is missing: list the stats to draw, each as { stat: id, label: text }' })
    .min(
      min,
      min === 1
        ? 'is empty: list at least one stat to draw'
        : `must list ${min === max ? 'exactly' : 'at least'} ${min} stats`,
    )
    .max(max, `must list exactly ${max} stats`);

/** Fields every chart has. */
const common = {
  /** How chapters place it: <Chart id="..." />; also its permalink and CSV file name. */
  id,
  /**
   * The takeaway: a sentence stating the finding, shown above the chart and as the image's name. Numbers only as
   * placeholders: {stat-id}, {id - id}.
   */
  title: text('a title that states the finding'),
  /** One or two sentences saying what the chart shows, shown under the title. Numbers as in `title`. */
  summary: text('a one- or two-sentence summary of what the chart shows').refine(
    (s) => (s.match(/[.!?](\s|$)/g) ?? []).length <= 2,
    'is longer than two sentences: keep it to one or two',
  ),
  /** What the value axis measures, e.g. "Share of NHS staff". */
  axis: text('what the values measure, e.g. "Share of NHS staff"'),
  /** The unit of every stat drawn; one chart never mixes units. */
  unit: UnitSchema,
  /** Ids in sources.yaml the chart's source line cites; each drawn stat must be stated by one of them. */
  sources: z
    .array(id, { error: 'is missing: list the documents (ids in sources.yaml) the source line cites' })
    .min(1, 'is empty: list at least one document id from sources.yaml'),
  /** The chapter id (file name) that places the chart; the book index stops the build if its <Chart> is elsewhere. */
  chapter: id,
};

/** Horizontal bars: a few values on one scale. */
const BarSchema = z.strictObject({ ...common, kind: z.literal('bar'), data: items(1) });
/** Two values as shares of a whole, each bar on a full-length track. */
const ComparisonSchema = z.strictObject({ ...common, kind: z.literal('comparison'), data: items(2, 2) });
/** One share of a whole, as a grid of 10 or 100 cells. */
const ProportionSchema = z.strictObject({
  ...common,
  kind: z.literal('proportion'),
  data: items(1, 1),
  /** The label of the remainder, e.g. "Did not report a breach". */
  rest: text('a label for the remainder, e.g. "Did not report a breach"'),
});
/** Gaps between one reference value and others, as dumbbells. */
const GapSchema = z.strictObject({
  ...common,
  kind: z.literal('gap'),
  /** The value every other is compared with. */
  reference: ItemSchema,
  data: items(1),
});
/** Change between two points in time, one line per measure. */
const SlopeSchema = z.strictObject({
  ...common,
  kind: z.literal('slope'),
  /** The two periods, earlier first, e.g. ["2022", "2024"]. */
  periods: z.tuple([text('the earlier period'), text('the later period')], {
    error: 'must be two periods, earlier first, e.g. ["2022", "2024"]',
  }),
  data: z
    .array(
      z.strictObject({
        /** What the line measures. */
        label: text('a short label for the line'),
        /** The stat ids for the two periods, earlier first. */
        stats: z.tuple([id, id], { error: 'must be two stat ids, earlier period first' }),
      }),
      { error: 'is missing: list the lines to draw' },
    )
    .min(1, 'is empty: list at least one line to draw'),
});

export const CHART_KINDS = ['bar', 'comparison', 'proportion', 'gap', 'slope'] as const;

/** A chart spec in data/charts.yaml. */
export const ChartSchema = z.discriminatedUnion(
  'kind',
  [BarSchema, ComparisonSchema, ProportionSchema, GapSchema, SlopeSchema],
  {
    error: `must be one of ${CHART_KINDS.join(', ')}`,
  },
);
export type ChartSpec = z.infer<typeof ChartSchema>;
export type ChartKind = ChartSpec['kind'];

/** A stat a chart draws, with where the spec names it (for error lines) and its label. */
export interface ChartRef {
  stat: string;
  label: string;
  /** YAML path inside the chart entry, e.g. ['data', 1, 'stat']. */
  path: PropertyKey[];
}

/** Every stat the chart draws, in drawing order (the reference first for a gap chart). */
export function chartRefs(chart: ChartSpec): ChartRef[] {
  const plain = (list: ChartItem[], at: PropertyKey[]) =>
    list.map((item, i) => ({ stat: item.stat, label: item.label, path: [...at, i, 'stat'] }));
  switch (chart.kind) {
    case 'gap':
      return [
        { stat: chart.reference.stat, label: chart.reference.label, path: ['reference', 'stat'] },
        ...plain(chart.data, ['data']),
      ];
    case 'slope':
      return chart.data.flatMap((line, i) =>
        line.stats.map((stat, j) => ({
          stat,
          label: `${line.label}, ${chart.periods[j]}`,
          path: ['data', i, 'stats', j],
        })),
      );
    default:
      return plain(chart.data, ['data']);
  }
}

const UNIT_WORDS: Record<Stat['unit'], string> = {
  percent: 'a percentage',
  count: 'a count',
  'in-ten': 'an in-ten stat',
};

const fieldName = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

/**
 * Cross-checks chart `index` of `src` against the stats and documents, throwing the first mistake, and
 * returns the spec with the stat placeholders of its title and summary filled in (words.ts).
 */
export function checkChart(
  chart: ChartSpec,
  index: number,
  src: YamlFile,
  stats: ReadonlyMap<string, Stat>,
  sources: ReadonlyMap<string, Source>,
): ChartSpec {
  const fail = (path: PropertyKey[], problem: string, hint: string): never => {
    throw new BookError(
      { file: src.file, line: src.lineOf([index, ...path]), id: chart.id, field: fieldName(path) },
      problem,
      hint,
    );
  };
  chart.sources.forEach((doc, i) => {
    if (!sources.has(doc))
      fail(
        ['sources', i],
        `refers to "${doc}", which is not in data/sources.yaml.`,
        `use one of: ${[...sources.keys()].join(', ')}.`,
      );
  });
  for (const ref of chartRefs(chart)) {
    const stat = stats.get(ref.stat);
    if (!stat) {
      fail(
        ref.path,
        `there is no stat "${ref.stat}" in data/stats.yaml.`,
        'check the spelling against data/stats.yaml, or add the stat there with its value, unit, study and sources.',
      );
      continue;
    }
    if (stat.unit !== chart.unit) {
      fail(
        ref.path,
        `stat "${stat.id}" is ${UNIT_WORDS[stat.unit]}, but this chart's unit is ${chart.unit}; ` +
          `one chart draws stats of one unit only.`,
        `chart stats that share a unit, or change the chart's unit to ${stat.unit} if every stat is in it.`,
      );
    }
    if (!stat.sources.some((doc) => chart.sources.includes(doc))) {
      const docs = stat.sources.join(', ');
      fail(
        ref.path,
        `stat "${stat.id}" is stated in ${docs}, but the chart's sources do not include ` +
          `${stat.sources.length > 1 ? 'any of them' : 'it'}.`,
        `add ${stat.sources.length > 1 ? `one of ${docs}` : docs} to the chart's sources, so its ` +
          `source line cites a document that states every value.`,
      );
    }
    if (chart.kind === 'proportion') checkProportion(stat, ref.path, fail);
  }
  const drawn = [...new Set(chartRefs(chart).map((ref) => ref.stat))];
  const words = (field: 'title' | 'summary') =>
    resolveWords(chart[field], stats, drawn, (problem, hint) => fail([field], problem, hint));
  return { ...chart, title: words('title'), summary: words('summary') };
}

/** A proportion chart fills whole cells: a share of a whole, and whole tenths for an in-ten stat. */
function checkProportion(
  stat: Stat,
  path: PropertyKey[],
  fail: (path: PropertyKey[], problem: string, hint: string) => never,
): void {
  if (stat.unit === 'count') {
    fail(
      path,
      `stat "${stat.id}" is a count (${stat.value}), but a proportion chart draws a share of a whole.`,
      'use a bar chart for counts, or chart a percent or in-ten stat.',
    );
  }
  if (stat.unit === 'in-ten' && !Number.isInteger(stat.value)) {
    fail(
      path,
      `stat "${stat.id}" is ${stat.value} in ten, but a proportion chart in tens fills whole cells (0 to 10).`,
      `state the stat as a percentage (${stat.value * 10}) with unit percent, which the chart draws on 100 cells.`,
    );
  }
}
