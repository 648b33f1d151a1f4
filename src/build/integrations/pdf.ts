/** The print edition: the book's PDF and each chapter's, typeset by Typst (src/editions/print/). */
import { bookDocument } from '../../editions/document/book-tree.ts';
import { makePdfs, paperFrom } from '../../editions/print/make-pdfs.ts';
import { afterBuild, say } from './build-step.ts';

export const pdfs = () => afterBuild('pdf', ({ dir }) => {
  const started = performance.now();
  const paper = paperFrom();
  const made = makePdfs(bookDocument(), dir, paper);
  const pages = made.reduce((sum, pdf) => sum + pdf.pages, 0);
  say(`Made ${made.length} PDFs (${made[0]!.pages} pages in the book's, ${pages} in all) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}, { print: true });
