/**
 * Figures keep with their captions without leaving gaps: no page of the book but a chapter's last is less
 * than 70% full. Before the figures could drop their source line to the next page, were set at 80% of the
 * column, and long tables and a chapter's sources could run on, five pages were 29% to 69% full (a figure,
 * a table or the sources pushed whole to the next page); since, the emptiest is 77% (a survey's facts, kept
 * whole, after a chapter opening). 70% is below what a long unbreakable block at a page's foot leaves (a
 * survey, 23%) and above a pushed figure (31% to 40% of a page, caption, graphic and source).
 */
import { PageSizes, PDFDocument, StandardFonts, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { MM, pageFill } from './page-fill.ts';
import { BOOK_PDF, bookmarks, openPdf, pdfBytes } from './read-book.ts';

const doc = await openPdf(pdfBytes(BOOK_PDF));
/** Pages that end a part of the book: the page before each top-level bookmark's, and the last. */
const lastPages = new Set([
  doc.numPages,
  ...(await bookmarks(doc)).filter((m) => m.depth === 0 && m.page).map((m) => m.page! - 1),
]);

describe('the whole book PDF', () => {
  it("fills every page but a chapter's last at least 70% of the way down", async () => {
    const fills: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const fill = await pageFill(await doc.getPage(n));
      if (!lastPages.has(n) && fill < 0.7) fills.push(`page ${n}: ${Math.round(fill * 100)}% full`);
    }
    expect(fills).toEqual([]);
  });

  it('measures a page down to its lowest text or drawing, the margins left out', async () => {
    const [top, area] = [PageSizes.A4[1] - 22 * MM, PageSizes.A4[1] - 46 * MM];
    /** The fill of a page holding furniture in the bottom margin, a line a third of the way down, and `draw`. */
    const fillOf = async (draw: (page: PDFPage) => void) => {
      const made = await PDFDocument.create();
      const page = made.addPage(PageSizes.A4);
      page.setFont(await made.embedFont(StandardFonts.Helvetica));
      page.drawText('Page furniture', { x: 60, y: 20, size: 9 });
      page.drawText('A line a third of the way down', { x: 60, y: top - area / 3, size: 10.5 });
      draw(page);
      return pageFill(await (await openPdf(await made.save())).getPage(1));
    };
    expect(await fillOf(() => {})).toBeCloseTo(1 / 3, 2);
    expect(
      await fillOf((page) => page.drawRectangle({ x: 60, y: top - area * 0.6, width: 200, height: 40 })),
    ).toBeCloseTo(0.6, 2);
  });
});
