/**
 * The eBook: epub/<book>.epub, from the same document trees as the PDFs, paged as the book's PDF is
 * (src/editions/epub/).
 */
import { bookDocument } from '../../editions/document/book-tree.ts';
import { makeEpub } from '../../editions/epub/make-epub.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { getData } from '../../book/data/index.ts';
import type { BookSettings } from '../settings.ts';
import { formatFileSize } from '../../site/downloads/file-size.ts';
import { afterBuild, say } from './build-step.ts';

export const epub = ({ root, paper }: BookSettings) =>
  afterBuild('epub', ({ dir }) => {
    const started = performance.now();
    const made = makeEpub(bookDocument(getData(root), getBookIndex(root)), dir, paper);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    say(
      `Made the EPUB: ${made.path}: ${made.chapters} chapters, ${made.pages} print pages ` +
        `listed, ${formatFileSize(made.bytes.byteLength)} in ${seconds} s.`,
    );
  });
