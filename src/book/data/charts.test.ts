/** Each mistake an editor can make in data/charts.yaml stops the build with file, line, id, field and fix. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempBook } from '../../../tests/support/temp-book.ts';
import { loadData } from './load.ts';

/** Loads a copy of the mini book's data with edits made, returning the error it stops with. */
function errorAfter(...edits: [file: string, from: string | RegExp, to: string][]): string {
  const book = tempBook();
  for (const [file, from, to] of edits) book.edit(file, from, to);
  try {
    loadData(book.root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the data to be rejected');
}
const CHARTS = 'data/charts.yaml';

describe('charts.yaml on the mini book', () => {
  it('loads every chart with its kind', () => {
    const { charts } = loadData(tempBook().root);
    expect([...charts.values()].map((c) => `${c.id}:${c.kind}`)).toEqual([
      'waits:bar',
      'waits-trend:slope',
      'recommend:proportion',
      'told-gap:gap',
      'clinic-vs-region:comparison',
    ]);
  });

  it('is optional: a book without charts.yaml has no charts', () => {
    const book = tempBook();
    rmSync(join(book.root, CHARTS));
    expect(loadData(book.root).charts.size).toBe(0);
  });
});

describe('a chart spec stops the build when it', () => {
  it('names a stat that does not exist', () => {
    expect(
      errorAfter([CHARTS, '{ stat: seen-within-two-hours,', '{ stat: seen-within-2-hours,']),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:13 ("waits", field "data[1].stat"): there is no stat "seen-within-2-hours" in data/stats.yaml.
        Fix: check the spelling against data/stats.yaml, or add the stat there with its value, unit, study and sources."
    `);
  });

  it('mixes units in one chart', () => {
    expect(errorAfter([CHARTS, '{ stat: seen-within-two-hours,', '{ stat: would-recommend,'])).toMatchInlineSnapshot(`
      "data/charts.yaml:13 ("waits", field "data[1].stat"): stat "would-recommend" is an in-ten stat, but this chart's unit is percent; one chart draws stats of one unit only.
        Fix: chart stats that share a unit, or change the chart's unit to in-ten if every stat is in it."
    `);
  });

  it('has an empty dataset', () => {
    expect(
      errorAfter([
        CHARTS,
        / {2}data:\n {4}- \{ stat: seen-within-hour, label: Seen within an hour \}\n {4}- \{ stat: seen-within-two-hours, label: Seen within two hours \}\n/,
        '  data: []\n',
      ]),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:11 ("waits", field "data"): The chart field "data" is empty: list at least one stat to draw.
        Fix: correct data in data/charts.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it("draws a value outside its unit's range (the stat is refused where it is typed)", () => {
    expect(errorAfter(['data/stats.yaml', /value: 91\n/, 'value: 910\n'])).toMatchInlineSnapshot(`
      "data/stats.yaml:15 ("seen-within-two-hours", field "value"): is 910, but a percent stat must be between 0 and 100.
        Fix: write the percentage as a number from 0 to 100 (94 for 94%)."
    `);
  });

  it('draws an in-ten stat that is not a whole number of cells', () => {
    expect(errorAfter(['data/stats.yaml', /value: 9\n/, 'value: 8.5\n'])).toMatchInlineSnapshot(`
      "data/charts.yaml:35 ("recommend", field "data[0].stat"): stat "would-recommend" is 8.5 in ten, but a proportion chart in tens fills whole cells (0 to 10).
        Fix: state the stat as a percentage (85) with unit percent, which the chart draws on 100 cells."
    `);
  });

  it('has no summary', () => {
    expect(errorAfter([CHARTS, / {2}summary: '\{seen-within-hour\} of patients[^\n]*\n/, ''])).toMatchInlineSnapshot(`
      "data/charts.yaml:3 ("waits", field "summary"): The chart field "summary" is missing: add a one- or two-sentence summary of what the chart shows.
        Fix: correct summary in data/charts.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('has a summary longer than two sentences', () => {
    expect(errorAfter([CHARTS, "within two hours.'\n", "within two hours. That is good. Very good.'\n"])).toContain(
      'field "summary" is longer than two sentences',
    );
  });

  it('has no source', () => {
    expect(errorAfter([CHARTS, /( {2}unit: percent\n) {2}sources: \[clinic-report\]\n/, '$1'])).toMatchInlineSnapshot(`
      "data/charts.yaml:3 ("waits", field "sources"): The chart field "sources" is missing: list the documents (ids in sources.yaml) the source line cites.
        Fix: correct sources in data/charts.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('cites a source that does not state one of its stats', () => {
    expect(
      errorAfter(
        [
          'data/sources.yaml',
          '- id: clinic-report',
          '- id: board-minutes\n  title: Board minutes\n  kind: Minutes\n  author: Fixture Press\n- id: clinic-report',
        ],
        [CHARTS, 'sources: [clinic-report]', 'sources: [board-minutes]'],
      ),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:12 ("waits", field "data[0].stat"): stat "seen-within-hour" is stated in clinic-report, but the chart's sources do not include it.
        Fix: add clinic-report to the chart's sources, so its source line cites a document that states every value."
    `);
  });

  it('has a kind the engine does not draw', () => {
    expect(errorAfter([CHARTS, 'kind: bar', 'kind: pie'])).toMatchInlineSnapshot(`
      "data/charts.yaml:4 ("waits", field "kind"): The chart field "kind" must be one of bar, comparison, proportion, gap, slope.
        Fix: correct kind in data/charts.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('cites a document that is not in sources.yaml', () => {
    expect(errorAfter([CHARTS, 'sources: [clinic-report]', 'sources: [clinic-reprot]'])).toMatchInlineSnapshot(`
      "data/charts.yaml:10 ("waits", field "sources[0]"): refers to "clinic-reprot", which is not in data/sources.yaml.
        Fix: use one of: clinic-report."
    `);
  });

  it('draws a count as a proportion of a whole', () => {
    expect(
      errorAfter(
        ['data/stats.yaml', /(id: would-recommend\n {2}value: 9\n {2}unit:) in-ten/, '$1 count'],
        [CHARTS, /(axis: Patients\n {2}unit:) in-ten/, '$1 count'],
      ),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:35 ("recommend", field "data[0].stat"): stat "would-recommend" is a count (9), but a proportion chart draws a share of a whole.
        Fix: use a bar chart for counts, or chart a percent or in-ten stat."
    `);
  });

  it('gives a slope chart line one stat instead of two', () => {
    expect(
      errorAfter([CHARTS, 'stats: [seen-within-hour-2024, seen-within-hour]', 'stats: [seen-within-hour]']),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:24 ("waits-trend", field "data[0].stats"): The chart field "data[0].stats" must be two stat ids, earlier period first.
        Fix: correct data[0].stats in data/charts.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('reuses an id', () => {
    expect(errorAfter([CHARTS, '- id: waits-trend', '- id: waits'])).toMatchInlineSnapshot(`
      "data/charts.yaml:14 ("waits", field "id"): two charts have the id "waits".
        Fix: give one of them another id; ids must be unique in data/charts.yaml."
    `);
  });

  it('lists one stat for a comparison of two', () => {
    expect(errorAfter([CHARTS, / {4}- \{ stat: regional-seen-within-hour[^\n]*\n/, ''])).toContain(
      '("clinic-vs-region", field "data"): The chart field "data" must list exactly 2 stats',
    );
  });
});

describe("a chart's words take their numbers from stats.yaml", () => {
  it("so changing a stat changes the chart's title and summary", () => {
    const book = tempBook();
    const before = loadData(book.root).charts;
    expect(before.get('waits')!.summary).toBe(
      '72% of patients were seen within an hour of arriving and 91% within two hours.',
    );
    expect(before.get('told-gap')!.summary).toContain('is 14 points below');
    book.edit('data/stats.yaml', /value: 72\n/, 'value: 70\n');
    const after = loadData(book.root).charts;
    expect(after.get('waits')!.summary).toBe(
      '70% of patients were seen within an hour of arriving and 91% within two hours.',
    );
    expect(after.get('told-gap')!.summary).toContain('is 12 points below');
    expect(after.get('recommend')!.title).toBe('Nine in 10 patients would recommend the clinic');
  });
});

describe("a chart's words stop the build when they", () => {
  it('type a number by hand', () => {
    expect(errorAfter([CHARTS, "'{seen-within-hour} of patients", "'72% of patients"])).toMatchInlineSnapshot(`
      "data/charts.yaml:7 ("waits", field "summary"): types the number "72%" by hand ("72% of patients were seen within an hour of").
        Fix: write the stat as a placeholder such as {seen-within-hour}, which prints its value from data/stats.yaml, or say it without a number."
    `);
  });

  it('name a stat that does not exist', () => {
    expect(
      errorAfter([CHARTS, "'{seen-within-hour} of patients", "'{seen-within-hours} of patients"]),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:7 ("waits", field "summary"): names "seen-within-hours", which is not a stat in data/stats.yaml.
        Fix: write {seen-within-hour} (the nearest id), or another of the stats this chart draws: {seen-within-hour}, {seen-within-two-hours}. A chart's words state only what it shows."
    `);
  });

  it('name a stat the chart does not draw', () => {
    expect(
      errorAfter([CHARTS, "'{seen-within-hour} of patients", "'{told-wait-time} of patients"]),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:7 ("waits", field "summary"): names the stat "told-wait-time", which this chart does not draw.
        Fix: use one of the stats this chart draws: {seen-within-hour}, {seen-within-two-hours}. A chart's words state only what it shows."
    `);
  });

  it('leave a placeholder open', () => {
    expect(
      errorAfter([CHARTS, "'{seen-within-hour} of patients", "'{seen-within-hour of patients"]),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:7 ("waits", field "summary"): has a "{" or "}" that does not open or close a placeholder ("{seen-within-hour of patients were seen within an hour of arriving and {seen-within-two-hours} within two hours.").
        Fix: write each placeholder whole, as {seen-within-hour}."
    `);
  });

  it('hold something that is neither a stat nor a difference', () => {
    expect(
      errorAfter([
        CHARTS,
        "'{seen-within-hour} of patients",
        "'{seen-within-hour + seen-within-two-hours} of patients",
      ]),
    ).toMatchInlineSnapshot(`
      "data/charts.yaml:7 ("waits", field "summary"): has the placeholder {seen-within-hour + seen-within-two-hours}, which is neither a stat id nor a difference of two.
        Fix: write {seen-within-hour} for a stat, or {first-id - second-id} for the difference between two."
    `);
  });

  it('take a difference that has turned negative, so the words around it no longer hold', () => {
    expect(errorAfter(['data/stats.yaml', /value: 58\n/, 'value: 80\n'])).toMatchInlineSnapshot(`
      "data/charts.yaml:41 ("told-gap", field "summary"): {seen-within-hour - told-wait-time} comes out below zero: seen-within-hour is 72% and told-wait-time is 80%.
        Fix: put the larger stat first, {told-wait-time - seen-within-hour}, and check the words around it still say which way the change goes."
    `);
  });
});
