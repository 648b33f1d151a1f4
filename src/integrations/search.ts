/** The search index: Pagefind reads the built chapters and writes <site>/pagefind/ (scripts/build-search.ts). */
import { buildSearchIndex, describeSearchIndex } from '../../scripts/build-search.ts';
import { afterBuild } from './build-step.ts';

export const searchIndex = () => afterBuild('search', async ({ dir }) => {
  console.log(describeSearchIndex(await buildSearchIndex(dir), dir));
});
