/** What makes the PDFs accessible (PDF/UA's checks that a reader's software relies on), for every PDF. */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BOOK_PDF, data, openPdf, pdfBytes, siteChapters } from './read-book.ts';

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
  type?: string;
}
const walk = (node: StructNode | null, visit: (n: StructNode) => void): void => {
  if (!node) return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
};

const pdfs = [
  { name: 'the whole book', pdf: BOOK_PDF, title: `${data.book.title}: ${data.book.subtitle}` },
  ...siteChapters.map((c) => ({ name: c.id, pdf: c.pdf, title: `${c.title} | ${data.book.title}` })),
];

describe.each(pdfs)('$name ($pdf)', ({ pdf, title }) => {
  const bytes = pdfBytes(pdf);

  it(
    'names its title (shown as the window title), its language and PDF/UA in its metadata, ' + 'dated by the edition',
    async () => {
      const doc = await openPdf(bytes);
      const { info, metadata } = (await doc.getMetadata()) as {
        info: Record<string, unknown>;
        metadata: { get(k: string): unknown };
      };
      expect(info.Title).toBe(title);
      expect(info.Language).toBe(data.book.lang);
      expect(info.CreationDate).toBe(`D:${data.book.date.replaceAll('-', '')}000000Z`);
      expect(((await doc.getViewerPreferences()) as Map<string, unknown> | null)?.get('DisplayDocTitle')).toBe(true);
      expect(metadata.get('dc:title')).toBe(title);
      expect(metadata.get('dc:language')).toBe(data.book.lang);
      expect(metadata.get('pdfuaid:part')).toBe('1');
      expect(metadata.get('xmp:createdate')).toBe(`${data.book.date}T00:00:00Z`);
    },
  );

  it(
    'is tagged: a structure tree with the chapter headings, and every chart a Figure read ' + 'out with its values',
    async () => {
      const doc = await openPdf(bytes);
      const roles: string[] = [];
      const figures: StructNode[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        walk((await (await doc.getPage(n)).getStructTree()) as StructNode, (node) => {
          if (node.role) roles.push(node.role);
          if (node.role === 'Figure') figures.push(node);
        });
      }
      expect(roles).toContain('Document');
      expect(roles).toContain('H1');
      for (const figure of figures) expect(figure.alt?.trim(), JSON.stringify(figure)).toBeTruthy();
      // Every chart the site shows (drawn twice there, for phones and wide screens) is one Figure in the PDF
      // of the chapters that hold it, its alternative text the chart's title and the description with its values.
      const charts = siteChapters
        .filter((c) => pdf === BOOK_PDF || c.pdf === pdf)
        .flatMap((c) => c.doc.querySelectorAll('figure.chart'))
        .map(
          (chart) =>
            `${chart.querySelector('svg title')!.text.trim()}. ${chart.querySelector('svg desc')!.text.trim()}`,
        );
      expect(figures.map((figure) => figure.alt ?? '').filter((alt) => /^Figure \d+:/.test(alt))).toEqual(charts);
    },
  );

  it(
    'marks running heads and page numbers as artifacts: no text is outside tagged content or ' + 'an artifact',
    async () => {
      const doc = await openPdf(bytes);
      for (let n = 1; n <= doc.numPages; n++) {
        const { items } = await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true });
        const open: string[] = [];
        const artifacts: string[] = [];
        for (const item of items) {
          if ('type' in item) {
            if (item.type === 'endMarkedContent') open.pop();
            else open.push((item as { tag?: string | null }).tag ?? ''); // pdf.js sets it; its types omit it
          } else if (item.str.trim()) {
            expect(open.length, `page ${n}: "${item.str}"`).toBeGreaterThan(0);
            if (open.includes('Artifact')) artifacts.push(item.str);
          }
        }
        if (n > 1 || pdf !== BOOK_PDF) expect(artifacts, `page ${n}`).toContain(String(n)); // the page number
      }
    },
  );

  it(
    'describes every link for assistive technology, and no link points at the build machine ' + 'or a print-only page',
    async () => {
      const doc = await openPdf(bytes);
      for (let n = 1; n <= doc.numPages; n++) {
        for (const a of await (await doc.getPage(n)).getAnnotations()) {
          if (a.subtype !== 'Link') continue;
          expect(a.contentsObj?.str, `page ${n} link to ${a.url ?? a.dest}`).toMatch(/\w/);
          expect(a.url ?? '', `page ${n}`).not.toMatch(/^https?:\/\/(127\.0\.0\.1|localhost)\b/);
          expect(a.url ?? '', `page ${n}`).not.toContain('/print/');
        }
      }
    },
  );

  it('embeds every font once, with a map to Unicode so text can be searched, copied and read aloud', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const fonts = new Set<PDFDict>();
    for (const page of doc.getPages()) {
      const dict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
      for (const ref of dict?.values() ?? []) fonts.add(doc.context.lookup(ref, PDFDict));
    }
    expect(fonts.size).toBeGreaterThan(0);
    for (const font of fonts) {
      const name = font.get(PDFName.of('BaseFont'))?.toString();
      const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font;
      const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
      expect(
        ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.get(PDFName.of(k)) instanceof PDFRef),
        `${name} embedded`,
      ).toBe(true);
      expect(font.get(PDFName.of('ToUnicode')), `${name} ToUnicode`).toBeInstanceOf(PDFRef);
    }
    // A face embedded twice (two subsets, "AAAAAA+Face" and "CAAAAA+Face") is a larger file for nothing.
    const faces = [...fonts].map((font) =>
      font
        .get(PDFName.of('BaseFont'))!
        .toString()
        .replace(/^\/([A-Z]{6}\+)?/, ''),
    );
    expect(faces, 'each face embedded once').toEqual([...new Set(faces)]);
  });
});
