/**
 * Reading a PDF back with pdf.js: the build uses it to find where chapters landed, and the PDF tests
 * use it to check what a reader's viewer will see.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens PDF bytes (copied: pdf.js takes ownership of the buffer it is given). */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** The 1-based page a destination (a named one, or an explicit [page, /XYZ, …] array) points to. */
export async function destinationPage(
  doc: PDFDocumentProxy,
  dest: string | unknown[] | null,
): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const ref = explicit?.[0];
  if (ref === undefined || ref === null) return undefined;
  return (
    1 + (typeof ref === 'number' ? ref : await doc.getPageIndex(ref as Parameters<PDFDocumentProxy['getPageIndex']>[0]))
  );
}

/** The text of page `n` (1-based), its runs joined and white space collapsed as a reader sees it. */
export async function pageText(doc: PDFDocumentProxy, n: number): Promise<string> {
  const content = await (await doc.getPage(n)).getTextContent();
  return content.items
    .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
