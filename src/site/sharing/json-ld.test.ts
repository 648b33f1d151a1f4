import { describe, expect, it } from 'vitest';
import type { Book } from '../../book/data/schemas.ts';
import { reportGraph, scriptJson } from './json-ld.ts';

const book: Book = {
  title: 'Building Cyber Resilient Healthcare',
  subtitle: 'Strengthening the NHS',
  publisher: 'BT Health',
  date: '2025-02-27',
  edition: 'Edition 1.0',
  lang: 'en-GB',
  licence: '© BT',
  url: 'https://example.org/nhs/',
  sources: ['ebook'],
};
const page = {
  url: 'https://example.org/nhs/funding/',
  name: 'Funding',
  description: 'Money.',
  image: { url: 'https://example.org/nhs/og/funding.png', width: 1200, height: 630 },
  isChapter: true,
};

describe('reportGraph', () => {
  it('describes the report, its publisher and the page as part of the report', () => {
    const graph = reportGraph(book, page) as { '@graph': Record<string, unknown>[] };
    const [report, publisher, webPage] = graph['@graph'];
    expect(report).toMatchObject({
      '@type': 'Report',
      name: book.title,
      datePublished: '2025-02-27',
      publisher: { '@id': 'https://example.org/nhs/#publisher' },
    });
    expect(publisher).toMatchObject({ '@type': 'Organization', name: 'BT Health' });
    expect(webPage).toMatchObject({
      '@id': page.url,
      name: 'Funding',
      isPartOf: { '@id': 'https://example.org/nhs/#report' },
    });
  });

  it('relates a page that is not a chapter to the report by `about`', () => {
    const graph = reportGraph(book, { ...page, isChapter: false }) as { '@graph': Record<string, unknown>[] };
    expect(graph['@graph'][2]).toMatchObject({ about: { '@id': 'https://example.org/nhs/#report' } });
    expect(graph['@graph'][2]).not.toHaveProperty('isPartOf');
  });
});

describe('scriptJson', () => {
  it('cannot close its script element, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & <!--' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
