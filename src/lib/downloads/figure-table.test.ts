import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { loadData } from '../data/load.ts';
import { MINI_BOOK } from '../../../tests/support/temp-book.ts';
import { CSV_COLUMNS, figuresCsv, figuresJson } from './figure-table.ts';

const data = loadData(MINI_BOOK);

describe('figure downloads', () => {
  it('CSV: one row per figure, every column, parsed back to the values in data/', () => {
    const rows = csvParse(figuresCsv(data));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual([...data.figures.keys()]);
    for (const row of rows) {
      const figure = data.figures.get(row.id!)!;
      expect(Number(row.value)).toBe(figure.value);
      expect(row.source_ids!.split('; ')).toEqual(figure.sources);
      expect(row.study_id).toBe(figure.study);
    }
  });

  it('CSV: a survey figure carries its base and fieldwork dates', () => {
    const row = csvParse(figuresCsv(data)).find((r) => data.studies.get(r.study_id!)?.kind === 'survey')!;
    const study = data.studies.get(row.study_id!)!;
    expect(study.kind).toBe('survey');
    if (study.kind !== 'survey') return;
    expect(row.base).toBe(String(study.base));
    expect(row.fieldwork).not.toBe('');
  });

  it('JSON: the report details and every figure with its study and source titles', () => {
    const json = JSON.parse(figuresJson(data));
    expect(json.report).toMatchObject({ title: data.book.title, publisher: data.book.publisher, url: data.book.url });
    expect(json.figureCount).toBe(data.figures.size);
    const first = json.figures[0];
    const figure = data.figures.get(first.id)!;
    expect(first.study.id).toBe(figure.study);
    expect(first.sources.map((s: { title: string }) => s.title)).toEqual(figure.sources.map((id) => data.sources.get(id)!.title));
  });

  it('percentages carry a 0–1 fraction, counts none', () => {
    const json = JSON.parse(figuresJson(data));
    for (const f of json.figures) expect(f.fraction).toBe(f.unit === 'percent' ? f.value / 100 : f.unit === 'in-ten' ? f.value / 10 : null);
  });
});
