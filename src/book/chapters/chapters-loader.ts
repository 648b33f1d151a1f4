/**
 * The chapters collection's loader: Astro's glob() loader, with entries that change only when a
 * chapter's frontmatter does. The text is compiled by @astrojs/mdx from the file itself (Vite
 * recompiles the one saved chapter), so the data store does not keep it. When only a sentence is
 * saved, the store is untouched, and the modules that read the collection (every page) are not
 * evaluated again in the live preview.
 */
import { glob, type Loader } from 'astro/loaders';

// The frontmatter block at the top of a chapter file (what glob() parses into the entry's data).
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---/;

/** The part of a chapter file its collection entry depends on: the frontmatter, or the whole file if it has none. */
export const entryText = (file: string): string => FRONTMATTER.exec(file)?.[0] ?? file;

/** glob() over `base`'s MDX files, keyed on the frontmatter alone. */
export function chaptersLoader(base: string): Loader {
  const files = glob({ pattern: '**/*.mdx', base, retainBody: false });
  return {
    name: 'book-chapters',
    load: (context) => files.load({
      ...context,
      generateDigest: (input) => context.generateDigest(typeof input === 'string' ? entryText(input) : input),
    }),
  };
}
