/** The print edition: the book's PDF and each chapter's, typeset by Typst (src/editions/print/). */
import { bookDocument } from '../../editions/document/book-tree.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { getData } from '../../book/data/index.ts';
import { makePdfs } from '../../editions/print/make-pdfs.ts';
import type { BookSettings } from '../settings.ts';
import { afterBuild, say } from './build-step.ts';

export const pdfs = ({ root, paper }: BookSettings) =>
  afterBuild('pdf', ({ dir }) => {
    const started = performance.now();
    const made = makePdfs(bookDocument(getData(root), getBookIndex(root)), dir, paper);
    const pages = made.reduce((sum, pdf) => sum + pdf.pages, 0);
    say(
      `Made ${made.length} PDFs (${made[0]!.pages} pages in the book's, ${pages} in all) in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  });
