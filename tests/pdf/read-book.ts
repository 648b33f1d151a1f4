/** Reading the built PDFs in the PDF tests: the files, pdf.js documents, and the book's chapters from the site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadData } from '../../src/book/data/load.ts';
import { destinationPage } from '../../src/pipeline/harness/read-pdf.ts';
import { DIST, page, pageForHref } from '../support/site.ts';
import { paths } from '../../src/book/routes.ts';

export { openPdf, pageText } from '../../src/pipeline/harness/read-pdf.ts';
export const data = loadData(process.cwd());
export const bookTitle = data.book.title;

/** A built PDF's bytes, by its path from paths.pdf(). */
export const pdfBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(join(DIST, path)));

/** The chapters as the built site lists them, in contents order: id, title (the h1), short title, page, PDF. */
export const siteChapters = page('index.html')
  .querySelectorAll('.contents a')
  .map((a) => {
    const path = pageForHref(a.getAttribute('href')!)!;
    const doc = page(path);
    const id = doc.querySelector('article[data-chapter]')!.getAttribute('data-chapter')!;
    const short = a.text.replace(a.querySelector('.contents__number')?.text ?? '', '').trim();
    return { id, title: doc.querySelector('h1')!.text.trim(), short, doc, pdf: paths.pdf(bookTitle, id) };
  });

/** The whole book's PDF path. */
export const BOOK_PDF = paths.pdf(bookTitle);

/** An outline item flattened: its title, depth (0 = top) and the page it opens at. */
export interface Bookmark {
  title: string;
  depth: number;
  page: number | undefined;
}

/** Every bookmark, depth first. */
export async function bookmarks(doc: PDFDocumentProxy): Promise<Bookmark[]> {
  const out: Bookmark[] = [];
  const walk = async (items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>, depth: number) => {
    for (const item of items ?? []) {
      out.push({ title: item.title, depth, page: await destinationPage(doc, item.dest) });
      await walk(item.items, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  return out;
}

/** `text` as a regular expression that matches it literally. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
