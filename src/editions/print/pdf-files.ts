/**
 * Where the print edition's PDFs live in the built site: one for the whole book and one per chapter,
 * named after the book so a downloaded file still says what it is. The print edition, the build step and
 * the download links all take the names from here.
 */

/** The folder, under the site root, that holds the PDFs. */
export const PDF_FOLDER = 'pdf';

/** "Building Cyber Resilient Healthcare" → "building-cyber-resilient-healthcare". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The PDF's path relative to the site root: `pdf/<book>.pdf`, or `pdf/<book>-<chapter>.pdf` for a chapter. */
export function pdfPath(bookTitle: string, chapterId?: string): string {
  const book = slugify(bookTitle);
  return `${PDF_FOLDER}/${chapterId ? `${book}-${chapterId}` : book}.pdf`;
}
