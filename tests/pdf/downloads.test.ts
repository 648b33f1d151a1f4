/** The site offers the PDFs with their real sizes: the landing page the book, each chapter page its own too. */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/site/downloads/size-markers.ts';
import { builtPages, DIST, page, pageForHref } from '../support/site.ts';
import { BOOK_PDF, siteChapters } from './read-book.ts';

const links = (path: string) =>
  page(path)
    .querySelectorAll('a[type="application/pdf"]')
    .map((a) => ({ file: pageForHref(a.getAttribute('href')!)?.replace(/\/index\.html$/, ''), text: a.text }));
const label = (file: string) => `(PDF, ${formatFileSize(statSync(join(DIST, file)).size)})`;

describe('download links', () => {
  it('offer the whole report from the landing page, with its size', () => {
    expect(links('index.html')).toEqual([{ file: BOOK_PDF, text: `Download the report ${label(BOOK_PDF)}` }]);
  });

  it.each(siteChapters.map((c) => [c.id, c] as const))(
    'offer %s and the whole report from the chapter page',
    (_, chapter) => {
      expect(links(`${chapter.id}/index.html`)).toEqual([
        { file: chapter.pdf, text: `Download this chapter ${label(chapter.pdf)}` },
        { file: BOOK_PDF, text: `Download the whole report ${label(BOOK_PDF)}` },
      ]);
    },
  );

  it('leave no print-only page in the published site', () => {
    expect(existsSync(join(DIST, 'print'))).toBe(false);
    for (const path of builtPages()) expect(page(path).querySelector('meta[name="pdf-file"]'), path).toBeNull();
  });
});
