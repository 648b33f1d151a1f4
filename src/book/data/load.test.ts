import { describe, expect, it } from 'vitest';
import { tempBook } from '../../../tests/support/temp-book.ts';
import { loadData } from './load.ts';

/** Loads a copy of data/ with one edit made, returning the error message it stops with. */
function errorAfter(file: string, from: string | RegExp, to: string): string {
  const book = tempBook();
  book.edit(file, from, to);
  try {
    loadData(book.root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the data to be rejected');
}

describe("loadData on this book's data", () => {
  const data = loadData(process.cwd());

  it('loads every stat with a study and at least one source', () => {
    expect(data.stats.size).toBeGreaterThan(15);
    for (const stat of data.stats.values()) {
      expect(data.studies.has(stat.study)).toBe(true);
      for (const source of stat.sources) expect(data.sources.has(source)).toBe(true);
    }
  });

  it('derives the survey bases as stats, so prose never retypes them', () => {
    expect(data.stats.get('staff-2024-base')).toMatchObject({ value: 76, unit: 'count', study: 'staff-2024' });
    expect(data.stats.get('public-2024-base')?.value).toBe(2159);
    expect(data.stats.get('staff-2024-organisations')?.value).toBe(59);
  });

  it('reads the book metadata', () => {
    expect(data.book).toMatchObject({ lang: 'en-GB', title: 'Building Cyber Resilient Healthcare' });
  });
});

describe('loadData stops on an editor mistake, naming file, line, id and field', () => {
  it('a percentage of 140', () => {
    expect(errorAfter('data/stats.yaml', /value: 72\n/, 'value: 140\n')).toMatchInlineSnapshot(`
      "data/stats.yaml:2 ("seen-within-hour", field "value"): is 140, but a percent stat must be between 0 and 100.
        Fix: write the percentage as a number from 0 to 100 (94 for 94%)."
    `);
  });

  it('a negative percentage', () => {
    expect(errorAfter('data/stats.yaml', /value: 72\n/, 'value: -3\n')).toContain(
      'is -3, but a percent stat must be between 0 and 100',
    );
  });

  it('a value that is not a number', () => {
    expect(errorAfter('data/stats.yaml', /value: 72\n/, 'value: 72%\n')).toMatchInlineSnapshot(`
      "data/stats.yaml:2 ("seen-within-hour", field "value"): The stat field "value" is missing or not a number: write the number alone, e.g. 94 for 94%.
        Fix: correct value in data/stats.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('a stat without sources', () => {
    expect(errorAfter('data/stats.yaml', / {2}sources: \[clinic-report\]\n/, '')).toContain(
      '("seen-within-hour", field "sources"): The stat field "sources" is missing: list the ' +
        'ids of the documents that state it',
    );
  });

  it('a stat naming an unknown source', () => {
    expect(
      errorAfter('data/stats.yaml', 'sources: [clinic-report]', 'sources: [clinic-report, clinic-reprot]'),
    ).toMatchInlineSnapshot(`
      "data/stats.yaml:6 ("seen-within-hour", field "sources[1]"): refers to "clinic-reprot", which is not in data/sources.yaml.
        Fix: use one of: clinic-report; or add "clinic-reprot" to data/sources.yaml."
    `);
  });

  it('a duplicate stat id', () => {
    expect(errorAfter('data/stats.yaml', 'id: would-recommend', 'id: seen-within-hour')).toMatchInlineSnapshot(`
      "data/stats.yaml:7 ("seen-within-hour", field "id"): two stats have the id "seen-within-hour".
        Fix: give one of them another id; ids must be unique in data/stats.yaml."
    `);
  });

  it('a survey without a base', () => {
    expect(errorAfter('data/studies.yaml', '  base: 400\n', '')).toContain(
      '"patients-2025", field "base"): The study field "base" must be the number of respondents, or `not stated`',
    );
  });

  it('a field the schema does not know', () => {
    expect(errorAfter('data/stats.yaml', '  unit: in-ten\n', '  unit: in-ten\n  valeu: 8\n')).toContain(
      'has a field this project does not know: valeu',
    );
  });

  it('a YAML syntax error', () => {
    expect(
      errorAfter('data/stats.yaml', '- id: would-recommend\n', '- id: would-recommend\n  label: "unclosed\n'),
    ).toMatch(/^data\/stats\.yaml:\d+: this file is not valid YAML/);
  });
});
