import { describe, expect, it } from 'vitest';
import { fillSizes, formatFileSize, sizeMarkers } from './size-markers.ts';

describe('download sizes', () => {
  it.each([
    [900, '900 bytes'],
    [2048, '2 KB'],
    [839_000, '819 KB'],
    [1_258_291, '1.2 MB'],
    [3 * 1024 * 1024, '3 MB'],
  ])('%i bytes read as %s', (bytes, text) => expect(formatFileSize(bytes)).toBe(text));

  const html =
    '<a href="/pdf/book.pdf">Download the report (<span class="pdf-download__size" ' +
    'data-pdf-size="pdf/book.pdf">PDF</span>)</a>';

  it('finds the PDFs a page links to', () => expect(sizeMarkers(html)).toEqual(['pdf/book.pdf']));

  it('fills in the size, and fills it again when the PDF changes', () => {
    const once = fillSizes(html, () => 1_258_291);
    expect(once).toContain('>PDF, 1.2 MB</span>)</a>');
    expect(fillSizes(once, () => 2048)).toContain('>PDF, 2 KB</span>)</a>');
  });

  it('fills an EPUB marker as EPUB, and leaves it to the EPUB step', () => {
    const both = `${html}<span data-epub-size="epub/book.epub">EPUB</span>`;
    expect(sizeMarkers(both, 'epub')).toEqual(['epub/book.epub']);
    expect(fillSizes(both, () => 900)).toContain('>EPUB</span>');
    expect(fillSizes(both, () => 300_000, 'epub')).toContain('>EPUB, 293 KB</span>');
  });

  it("fills a chart's PNG marker with the words it offers the file with", () => {
    const png = '<a href="/data/x.png">Download the chart (<span data-png-size="data/x.png">PNG for slides</span>)</a>';
    expect(sizeMarkers(png, 'png')).toEqual(['data/x.png']);
    expect(fillSizes(png, () => 30_720, 'png')).toContain(
      '(<span data-png-size="data/x.png">PNG for slides, 30 KB</span>)',
    );
  });
});
