import { describe, expect, it } from 'vitest';
import { tempBook } from '../../../tests/support/temp-book.ts';
import { loadData } from './load.ts';
import { alphabetical } from './glossary.ts';

const ENTRY =
  '- id: icb\n  term: Integrated Care Board\n  abbr: ICB\n  definition: The NHS body that ' +
  'plans services for one area.\n';

/** The message loadData stops with when the mini book has `glossary` as its glossary file. */
function errorWith(glossary: string): string {
  const book = tempBook();
  book.write('data/glossary.yaml', glossary);
  try {
    loadData(book.root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the glossary to be rejected');
}

describe("this book's glossary", () => {
  const { glossary } = loadData(process.cwd());

  it('explains every abbreviation the sources use', () => {
    const abbrs = new Set([...glossary.values()].map((t) => t.abbr));
    for (const abbr of ['NHS', 'NHSE', 'ICB', 'ICS', 'DSPT', 'EPR', 'PHR', 'CAB', 'IT', 'GP', 'SDN', 'UK'])
      expect(abbrs, abbr).toContain(abbr);
    const terms = new Set([...glossary.values()].map((t) => t.term));
    for (const term of ['What Good Looks Like', 'Cyber Essentials', 'National Cyber Services', 'YouGov', 'BT'])
      expect(terms, term).toContain(term);
  });

  it('lists entries by the name a reader looks up', () => {
    const names = alphabetical(glossary.values()).map((t) => t.abbr ?? t.term);
    expect(names.indexOf('at-risk contracting')).toBeLessThan(names.indexOf('BT'));
    expect(names.indexOf('ICB')).toBeLessThan(names.indexOf('ICS'));
  });
});

describe('glossary mistakes', () => {
  it('a book without a glossary file has an empty glossary', () => {
    expect(loadData(tempBook().root).glossary.size).toBe(0);
  });

  it('an abbreviation given twice', () => {
    expect(errorWith(ENTRY + ENTRY.replace('id: icb', 'id: icb-2'))).toMatchInlineSnapshot(`
      "data/glossary.yaml:7 ("icb-2", field "abbr"): has the abbreviation "ICB", which the entry "icb" already has.
        Fix: keep one entry per abbreviation: merge the two, or correct the abbreviation."
    `);
  });

  it('an entry without a definition', () => {
    expect(errorWith(ENTRY.replace(/ {2}definition.*\n/, ''))).toMatchInlineSnapshot(`
      "data/glossary.yaml:1 ("icb", field "definition"): The glossary entry field "definition" is missing: explain the term in a sentence or two.
        Fix: correct definition in data/glossary.yaml; the comment at the top of the file says what each field takes."
    `);
  });

  it('an abbreviation in lower case', () => {
    expect(errorWith(ENTRY.replace('abbr: ICB', 'abbr: icb'))).toContain(
      'field "abbr"): The glossary entry field "abbr" must be the abbreviation in capitals',
    );
  });
});
