/**
 * The search index: Pagefind reads the built chapter pages, and only those (the book index names them),
 * and writes <site>/pagefind/ (scripts/build-search.ts).
 */
import { buildSearchIndex, describeSearchIndex } from '../../scripts/build-search.ts';
import { getBookIndex } from '../lib/book-index/index.ts';
import { afterBuild } from './build-step.ts';

export const searchIndex = () => afterBuild('search', async ({ dir }) => {
  const chapterPages = getBookIndex().chapters.map((chapter) => `${chapter.id}/index.html`);
  console.log(describeSearchIndex(await buildSearchIndex(dir, chapterPages), dir));
});
