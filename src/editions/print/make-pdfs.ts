/**
 * The print edition's files: the whole book and each chapter, each typeset by Typst from the book's
 * document trees and exported as a tagged PDF/UA-1 file. Chapters are documents of their own, numbered
 * from page 1, with their own title; nothing is cut out of the book or repaired afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BookDocument } from '../document/book-tree.ts';
import type { Paper } from './papers.ts';
import { bookSource, chapterSource, type PrintSource } from './print-source.ts';
import { exportPdf, forget, typeset } from './typeset.ts';
import { paths } from '../../book/routes.ts';

/** One PDF made: where it is in the site, its pages and its bytes. */
export interface MadePdf {
  path: string;
  pages: number;
  bytes: Uint8Array;
}

/** Every print document of the book: the book first, then each chapter in reading order. */
export function printSources(doc: BookDocument, paper: Paper): { path: string; source: () => PrintSource }[] {
  const { title } = doc.data.book;
  return [
    { path: paths.pdf(title), source: () => bookSource(doc, { paper }) },
    ...doc.chapters.map(({ chapter }) => ({
      path: paths.pdf(title, chapter.id),
      source: () => chapterSource(doc, chapter.id, { paper }),
    })),
  ];
}

/** Typesets one print document and exports it. */
export function makePdf(doc: BookDocument, source: PrintSource): { bytes: Uint8Array; pages: number } {
  const laid = typeset(source);
  return { bytes: exportPdf(laid, doc.data.book.date), pages: laid.numOfPages };
}

/** Writes every PDF of the book into the site at `dist`. */
export function makePdfs(doc: BookDocument, dist: string, paper: Paper): MadePdf[] {
  const made = printSources(doc, paper).map(({ path, source }) => {
    const { bytes, pages } = makePdf(doc, source());
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), bytes);
    return { path, pages, bytes };
  });
  forget();
  return made;
}
