import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { loadData } from '../../book/data/load.ts';
import { MINI_BOOK } from '../../../tests/support/temp-book.ts';
import { CSV_COLUMNS, statsCsv, statsJson } from './stat-table.ts';

const data = loadData(MINI_BOOK);

describe('stat downloads', () => {
  it('CSV: one row per stat, every column, parsed back to the values in data/', () => {
    const rows = csvParse(statsCsv(data));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual([...data.stats.keys()]);
    for (const row of rows) {
      const stat = data.stats.get(row.id!)!;
      expect(Number(row.value)).toBe(stat.value);
      expect(row.source_ids!.split('; ')).toEqual(stat.sources);
      expect(row.study_id).toBe(stat.study);
    }
  });

  it('CSV: a survey stat carries its base and fieldwork dates', () => {
    const row = csvParse(statsCsv(data)).find((r) => data.studies.get(r.study_id!)?.kind === 'survey')!;
    const study = data.studies.get(row.study_id!)!;
    expect(study.kind).toBe('survey');
    if (study.kind !== 'survey') return;
    expect(row.base).toBe(String(study.base));
    expect(row.fieldwork).not.toBe('');
  });

  it('JSON: the report details and every stat with its study and source titles', () => {
    const json = JSON.parse(statsJson(data));
    expect(json.report).toMatchObject({ title: data.book.title, publisher: data.book.publisher, url: data.book.url });
    expect(json.statCount).toBe(data.stats.size);
    const first = json.stats[0];
    const stat = data.stats.get(first.id)!;
    expect(first.study.id).toBe(stat.study);
    expect(first.sources.map((s: { title: string }) => s.title)).toEqual(
      stat.sources.map((id) => data.sources.get(id)!.title),
    );
  });

  it('percentages carry a 0–1 fraction, counts none', () => {
    const json = JSON.parse(statsJson(data));
    for (const f of json.stats)
      expect(f.fraction).toBe(f.unit === 'percent' ? f.value / 100 : f.unit === 'in-ten' ? f.value / 10 : null);
  });
});
