/**
 * The EPUB's page numbers are the print edition's: the page-list has one entry per page of the book's
 * PDF, and at ten pages spread through the book the words after the marker are the words that open
 * that page in the PDF, and the words before it close the page before.
 */
import { describe, expect, it } from 'vitest';
import { BOOK_PDF, openPdf, pageText, pdfBytes } from '../pdf/read-book.ts';
import { contents, xml } from './read-epub.ts';

const { spine } = contents();
const pdf = await openPdf(pdfBytes(BOOK_PDF));
const pdfPages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));

/** Letters and digits only: a PDF's line breaks, hyphens and quotes do not count. */
const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** A PDF page's text as the EPUB has it: a reference in print also gives its page ("Figure 3 (page 13)"). */
const asInEpub = (s: string) => s.replace(/\(page \d+\)/g, '');
/** The text a reader meets in a content document's source, unseen SVG titles and descriptions left out. */
const readable = (xhtml: string) =>
  xhtml
    .replace(/<(title|desc)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, ' ');

/** For page n: the document it starts in, and the compact text before and after its marker. */
function aroundMarker(n: number): { file: string; before: string; after: string } {
  const doc = spine.find((d) => d.source.includes(`id="page-${n}"`))!;
  const [head = '', tail = ''] = doc.source.split(new RegExp(`<span [^>]*id="page-${n}"[^>]*>`));
  return {
    file: doc.path,
    before: compact(readable(head.slice(head.indexOf('<body')))),
    after: compact(readable(tail)),
  };
}

describe('the page-list', () => {
  it('has an entry for every page of the book PDF, in order', () => {
    const nav = xml(spine.find((d) => d.path === 'nav.xhtml')!.source);
    const listed = nav.querySelectorAll('nav[epub\\:type="page-list"] a').map((a) => Number(a.text));
    expect(listed).toEqual(pdfPages.map((_, i) => i + 1));
  });

  // Every page from the first one the cover and contents do not hold to the last.
  const first =
    pdfPages.findIndex(
      (_, i) => aroundMarker(i + 1).file !== 'cover.xhtml' && aroundMarker(i + 1).file !== 'nav.xhtml',
    ) + 1;
  const sample = Array.from({ length: pdfPages.length - first + 1 }, (_, i) => first + i);

  it.each(sample)('page %i starts in the EPUB where it starts in the PDF', (n) => {
    const { before, after } = aroundMarker(n);
    const here = compact(asInEpub(pdfPages[n - 1]!));
    // The first 40 letters after the marker open the page (after its running head, which the EPUB has not).
    expect(here, `page ${n} of the PDF should hold "${after.slice(0, 40)}"`).toContain(after.slice(0, 40));
    // A chart may float to the head of a page, above the text that comes before it in reading order (where
    // the EPUB has it): the words after the marker then come right after that chart.
    const opening = here.indexOf(after.slice(0, 40));
    const floated = /^.{0,120}?figure\d+/.exec(here)?.[0].length;
    const afterChart =
      floated !== undefined && /sources?:?/.test(here.slice(floated, opening)) && opening - floated < 1500;
    expect(
      opening < 120 || afterChart,
      `page ${n}: the words after the marker come after more than a running head`,
    ).toBe(true);
    // The last 30 letters before it (when the page does not open its document) close the page before.
    if (before.length >= 30) expect(compact(asInEpub(pdfPages[n - 2]!)), `page ${n - 1}`).toContain(before.slice(-30));
  });
});
