/** The eBook: epub/<book>.epub, from the same document trees as the PDFs, paged as the book's PDF is (src/editions/epub/). */
import { bookDocument } from '../../editions/document/book-tree.ts';
import { makeEpub } from '../../editions/epub/make-epub.ts';
import { paperFrom } from '../../editions/print/make-pdfs.ts';
import { formatFileSize } from '../../site/downloads/file-size.ts';
import { afterBuild, say } from './build-step.ts';

export const epub = () => afterBuild('epub', ({ dir }) => {
  const started = performance.now();
  const made = makeEpub(bookDocument(), dir, paperFrom());
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`Made the EPUB: ${made.path}: ${made.chapters} chapters, ${made.pages} print pages listed, ${formatFileSize(made.bytes.byteLength)} in ${seconds} s.`);
}, { print: true });
