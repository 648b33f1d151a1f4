/**
 * `npm run build:search [-- --dist <dir>]`: indexes a built site for search again
 * (src/editions/search/search-index.ts).
 */
import { parseArgs } from 'node:util';
import { buildSearchIndex, describeSearchIndex } from '../src/editions/search/search-index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
try {
  console.log(describeSearchIndex(await buildSearchIndex(values.dist), process.cwd()));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
