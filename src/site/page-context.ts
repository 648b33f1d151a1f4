/**
 * What the pages and components read of the book being built. They render inside Astro, apart from the
 * build's own modules, so they learn the book's folder from the build's settings (`virtual:book/settings`);
 * everything else they read through the book's own modules, as the build does.
 */
import { root } from 'virtual:book/settings';
import { getBookIndex, type BookIndex } from '../book/book-index/index.ts';
import { getData } from '../book/data/index.ts';
import type { BookData } from '../book/data/load.ts';
import { paths, siteUrl } from '../book/routes.ts';

export { root };

/** The book's checked data. */
export const bookData = (): BookData => getData(root);

/** The book's index: its chapters in order, the cross-references and the figure numbers. */
export const bookIndex = (): BookIndex => getBookIndex(root);

/** The site-relative address of `path`, e.g. url('search/') → '/nhs-cyber-resilience/search/'. */
export const url = (path = ''): string => siteUrl(bookData().book.url, path);

/** A chapter's address. */
export const chapterUrl = (id: string): string => url(paths.chapter(id));
