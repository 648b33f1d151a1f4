import { describe, expect, it } from 'vitest';
import type { Book } from './data/schemas.ts';
import { bibtex, plainReference } from './citation.ts';

const book: Book = {
  title: 'Building Cyber Resilient Healthcare',
  subtitle: 'Strengthening the NHS to Safeguard Patients',
  publisher: 'BT Health',
  date: '2025-02-27',
  edition: 'Web and print edition 1.0',
  lang: 'en-GB',
  licence: '© BT',
  url: 'https://example.org/nhs/',
  sources: ['ebook'],
};

describe('citation', () => {
  it('gives a plain reference with publisher, year, title, edition, date and address', () => {
    expect(plainReference(book)).toBe(
      'BT Health (2025) Building Cyber Resilient Healthcare: Strengthening the NHS to Safeguard Patients. ' +
        'Web and print edition 1.0. Published 27 February 2025. Available at: https://example.org/nhs/',
    );
  });

  it('gives a BibTeX entry with the publisher as a corporate author', () => {
    expect(bibtex(book)).toMatchInlineSnapshot(`
      "@techreport{bthealth2025building,
        title = {Building Cyber Resilient Healthcare: Strengthening the NHS to Safeguard Patients},
        author = {{BT Health}},
        institution = {BT Health},
        type = {Report},
        year = 2025,
        month = feb,
        date = {2025-02-27},
        edition = {Web and print edition 1.0},
        url = {https://example.org/nhs/},
      }"
    `);
  });

  it('escapes characters BibTeX would read as commands', () => {
    const entry = bibtex({ ...book, title: 'Costs & 50% savings_now', subtitle: undefined, publisher: 'A&B' });
    expect(entry).toContain('title = {Costs \\& 50\\% savings\\_now}');
    expect(entry).toContain('author = {{A\\&B}}');
  });
});
