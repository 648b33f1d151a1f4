/**
 * The search index: Pagefind reads the built chapter pages, and only those (the book index names them),
 * and writes <site>/pagefind/ (src/editions/search/search-index.ts).
 */
import { buildSearchIndex, describeSearchIndex } from '../../editions/search/search-index.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { afterBuild } from './build-step.ts';

export const searchIndex = () => afterBuild('search', async ({ dir }) => {
  const chapterPages = getBookIndex().chapters.map((chapter) => `${chapter.id}/index.html`);
  console.log(describeSearchIndex(await buildSearchIndex(dir, chapterPages), dir));
});
