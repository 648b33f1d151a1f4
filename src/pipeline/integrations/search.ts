/**
 * The search index: Pagefind reads the built chapter pages, and only those (the book index names them),
 * and writes <site>/pagefind/ (src/editions/search/search-index.ts).
 */
import { buildSearchIndex, describeSearchIndex } from '../../editions/search/search-index.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { paths } from '../../book/routes.ts';
import type { BookSettings } from '../settings.ts';
import { afterBuild } from './build-step.ts';

export const searchIndex = ({ root }: BookSettings) =>
  afterBuild('search', async ({ dir }) => {
    const chapterPages = getBookIndex(root).chapters.map((chapter) => `${paths.chapter(chapter.id)}index.html`);
    console.log(describeSearchIndex(await buildSearchIndex(dir, chapterPages), dir));
  });
