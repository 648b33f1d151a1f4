/**
 * Where the eBook (EPUB 3) edition lives in the built site, named after the book like its PDFs. The
 * build step and the download links both take the name from here.
 */
import { slugify } from '../print/pdf-files.ts';

/** The folder, under the site root, that holds the EPUB. */
export const EPUB_FOLDER = 'epub';

/** The EPUB's path relative to the site root: `epub/<book>.epub`. */
export const epubPath = (bookTitle: string): string => `${EPUB_FOLDER}/${slugify(bookTitle)}.epub`;
