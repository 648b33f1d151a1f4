/** The words and files every chart carries besides its picture: description, table, CSV, source line. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../book/data/load.ts';
import { chartCsv } from './csv.ts';
import { chartDescription, chartTable } from './model.ts';
import { chartSource } from './source.ts';

const main = loadData(process.cwd());
const mini = loadData(join(process.cwd(), 'tests/fixtures/mini-book'));
const chart = (id: string) => main.charts.get(id)!;

describe('chartDescription', () => {
  it('states the kind, the scale and every value', () => {
    expect(chartDescription(chart('public-concerns'), main.stats)).toMatchInlineSnapshot(
      `"Bar chart, share of UK adults. Attacks could disrupt or disable critical NHS systems: ` +
        `60%. The NHS is being targeted by cyber attacks: 57%. Patient data could be exposed to ` +
        `hackers: 56%."`,
    );
  });

  it('states each gap', () => {
    expect(chartDescription(chart('awareness-confidence-gap'), main.stats)).toMatchInlineSnapshot(
      `"Dot chart of gaps, share of NHS staff. Reference: Understand they have a role in ` +
        `protection: 94%. Confident measures protect patient data: 42%, 52 points lower. Believe ` +
        `current measures are sufficient: 36%, 58 points lower."`,
    );
  });

  it('states both periods of a slope', () => {
    expect(chartDescription(chart('training-trend'), main.stats)).toMatchInlineSnapshot(
      `"Slope chart, share of NHS staff trained, 2022 to 2024. On new technologies: 5% in ` +
        `2022, 15% in 2024. On both new and existing systems: 47% in 2022, 39% in 2024."`,
    );
  });

  it('states both parts of a proportion', () => {
    expect(chartDescription(chart('providers-breached'), main.stats)).toMatchInlineSnapshot(
      `"Grid of cells: 10 cells, 8 filled. Have experienced a security breach: eight in 10. ` +
        `Did not experience a breach: two in 10."`,
    );
  });
});

describe('chartTable and chartCsv', () => {
  it('give a slope chart one row per line and one column per period', () => {
    const table = chartTable(chart('training-trend'), main.stats);
    expect(table.columns).toEqual(['2022', '2024']);
    expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => c.value)])).toEqual([
      ['On new technologies', 5, 15],
      ['On both new and existing systems', 47, 39],
    ]);
  });

  it('write long-form CSV, one row per stat with its period', () => {
    expect(chartCsv(chart('training-trend'), main.stats, main.studies, main.sources)).toMatchInlineSnapshot(`
      "measure,period,value,unit,stat_id,study,sources
      On new technologies,2022,5,percent,training-new-tech-2022,BT's earlier survey of NHS staff (2022),Building Cyber Resilient Healthcare: Strengthening the NHS in the Digital Age
      On new technologies,2024,15,percent,training-new-tech-2024,Survey of NHS staff (2024),Building Cyber Resilient Healthcare: Strengthening the NHS in the Digital Age
      On both new and existing systems,2022,47,percent,training-all-systems-2022,BT's earlier survey of NHS staff (2022),Building Cyber Resilient Healthcare: Strengthening the NHS in the Digital Age
      On both new and existing systems,2024,39,percent,training-all-systems-2024,Survey of NHS staff (2024),Building Cyber Resilient Healthcare: Strengthening the NHS in the Digital Age; Why the NHS needs a unified approach to cyber security
      "
    `);
  });

  it('quote fields holding commas or quotes, and end lines with CRLF (RFC 4180)', () => {
    const spec = structuredClone(mini.charts.get('waits')!);
    spec.data[0]!.label = 'Seen "fast", within an hour';
    const csv = chartCsv(spec, mini.stats, mini.studies, mini.sources);
    expect(csv).toContain('\r\n"Seen ""fast"", within an hour",72,percent');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('write one row per stat without a period column for other kinds', () => {
    const csv = chartCsv(mini.charts.get('waits')!, mini.stats, mini.studies, mini.sources);
    expect(csv.split('\r\n')).toEqual([
      'measure,value,unit,stat_id,study,sources',
      'Seen within an hour,72,percent,seen-within-hour,Patient survey (2025),Clinic waiting times survey report',
      'Seen within two hours,91,percent,seen-within-two-hours,Patient survey (2025),Clinic waiting times survey report',
      '',
    ]);
  });
});

describe('chartSource', () => {
  it('cites the documents and every survey with its base and fieldwork dates', () => {
    expect(chartSource(chart('training-trend'), main)).toMatchInlineSnapshot(`
      {
        "documents": [
          "Building Cyber Resilient Healthcare: Strengthening the NHS in the Digital Age. Article summarising the eBook, BT, 27 February 2025.",
        ],
        "studies": [
          "BT's earlier survey of NHS staff (2022): NHS staff, base not stated; fieldwork 2022. An earlier BT survey, used for comparison. The sources give neither its base nor its dates.",
          "Survey of NHS staff (2024): base 76 NHS staff from 59 organisations; fieldwork 8 July to 16 September 2024. Independent online survey commissioned by BT's Healthcare team.",
        ],
      }
    `);
  });
});
