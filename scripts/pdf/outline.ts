/**
 * Bookmarks that read exactly as the headings do. Chromium builds the outline from the headings but
 * drops the space where a heading wraps ("heard frompeople"): each bookmark is matched, ignoring white
 * space, to the next heading in reading order and given that heading's text. Where a heading's words are
 * set with thin spaces (spaces.ts), Chromium now and then writes a line of it twice ("Cite this reportCite
 * this report"): a bookmark that ends with the heading's text is that heading too.
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';
import { PdfStepError } from './browser.ts';

const squash = (text: string): string => text.replace(/\s+/g, '');

/** For each bookmark title, in order, the heading it stands for; throws if one matches no heading. */
export function matchTitles(titles: readonly string[], headings: readonly string[]): string[] {
  let next = 0;
  return titles.map((title) => {
    const i = headings.findIndex((h, j) => j >= next && squash(title).endsWith(squash(h)));
    if (i < 0) throw new PdfStepError(`the bookmark "${title}" matches no heading after "${headings[next - 1] ?? 'the start'}".`);
    next = i + 1;
    return headings[i]!;
  });
}

/** Every outline item of the document, depth first (the order the headings appear in). */
export function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (first: unknown) => {
    for (let item = first; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      items.push(item);
      walk(item.lookup(PDFName.of('First')));
    }
  };
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.lookup(PDFName.of('First')));
  return items;
}

/** Gives every bookmark the exact text of its heading. */
export function fixOutlineTitles(doc: PDFDocument, headings: readonly string[]): void {
  const items = outlineItems(doc);
  const titles = items.map((item) => (item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText());
  matchTitles(titles, headings).forEach((text, i) => items[i]!.set(PDFName.of('Title'), PDFHexString.fromText(text)));
}
