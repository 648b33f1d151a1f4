/** The search index: Pagefind reads the built chapters and writes <site>/pagefind/ (scripts/build-search.ts). */
import { relative } from 'node:path';
import { buildSearchIndex } from '../../scripts/build-search.ts';
import { afterBuild, say } from './build-step.ts';

export const searchIndex = () => afterBuild('search', async ({ dir }) => {
  const made = await buildSearchIndex(dir);
  say(`Made the search index: ${made.indexed} chapter pages in ${relative(dir, made.outputPath)}/ (${made.files} files).`);
});
