/**
 * The search index: the built site indexed with Pagefind, written to <dist>/pagefind/. Runs after
 * `astro build` on the finished HTML. Only chapter text is indexed: pages mark it with data-pagefind-body, and EXCLUDE
 * drops page furniture inside it. The build hands over its chapter pages,
 * so the rest (a figure's page for each chart, thousands in a long book) is never read. Pagefind's
 * binary ships in an npm platform package and works offline.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../../book/routes.ts';

/**
 * Parts of a chapter that are not its text. Listed here rather than as data-pagefind-ignore in each
 * component, so the components stay free of search concerns: heading anchors ("Link to section: ..."),
 * the on-this-page list (a repeat of the headings) and the sources list under each chapter.
 */
export const EXCLUDE = ['.heading-link', '.on-this-page', '.chapter-sources'];

/** What the step did, for the log line and the tests. */
export interface SearchIndexResult {
  indexed: number;
  files: number;
  outputPath: string;
}

/**
 * Indexes `dist` and writes the search bundle to `<dist>/pagefind/` (replacing any old one). `pages`
 * (relative to dist) are the pages to read: the build's chapter pages; by default, every page.
 */
export async function buildSearchIndex(dist: string, pages?: readonly string[]): Promise<SearchIndexResult> {
  const root = resolve(dist);
  const outputPath = join(root, paths.searchIndex);
  rmSync(outputPath, { recursive: true, force: true });
  const toRead =
    pages ??
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort();
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
  if (!index) throw new Error(`search: Pagefind could not start: ${errors.join('; ')}`);
  try {
    let indexed = 0;
    for (const file of toRead) {
      const content = readFileSync(join(root, file), 'utf8');
      // Pages without data-pagefind-body (cover, search, 404) would be skipped by Pagefind anyway
      // once any page has it; skipping them here keeps the count honest.
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({
        url: `/${file
          .split('\\')
          .join('/')
          .replace(/index\.html$/, '')}`,
        content,
      });
      if (added.errors.length) throw new Error(`search: could not index ${file}: ${added.errors.join('; ')}`);
      indexed++;
    }
    if (indexed === 0) {
      throw new Error(
        `search: no page in ${dist}/ marks its text with data-pagefind-body, so there is nothing to search.\n` +
          '  Fix: build the site first (npx astro build), and keep data-pagefind-body on the ' +
          'chapter <article> in src/pages/[chapter].astro.',
      );
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`search: could not write ${outputPath}: ${written.errors.join('; ')}`);
    const files = readdirSync(outputPath, { recursive: true }).length;
    return { indexed, files, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** The step's log line; `from` is the folder paths are shown relative to. */
export const describeSearchIndex = (result: SearchIndexResult, from: string): string =>
  `search: indexed ${result.indexed} chapter pages into ${relative(from, result.outputPath)}/ (${result.files} files)`;
