/**
 * The chapters collection's loader. Its entries are the book index's chapters, in reading order, whose
 * frontmatter the index has read and checked once (chapter-files.ts): Astro reads no chapter's
 * frontmatter again. Each entry keeps only its checked frontmatter and its file, which @astrojs/mdx
 * compiles when a page renders it (Vite recompiles only the one saved). An entry changes only when its
 * frontmatter does, so a sentence saved leaves the store as it was, and the modules that read the
 * collection are not evaluated again in the live preview.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { currentBookIndex, getBookIndex, type IndexedChapter } from '../book-index/index.ts';
import { chaptersDir } from './chapter-files.ts';

/** The entry a chapter keeps: it changes only when the chapter's frontmatter does. */
export const entryDigest = (chapter: Pick<IndexedChapter, 'data'>): string => JSON.stringify(chapter.data);

/** The chapters of the book at `root`. */
export function chaptersLoader(root: string): Loader {
  return {
    name: 'book-chapters',
    load: async ({ store, config, generateDigest, watcher }) => {
      const sync = (chapters: readonly IndexedChapter[]) => {
        const ids = new Set(chapters.map((chapter) => chapter.id));
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
        for (const chapter of chapters) {
          const filePath = relative(fileURLToPath(config.root), chapter.path).split(sep).join('/');
          const entry = {
            id: chapter.id,
            data: { ...chapter.data },
            filePath,
            digest: generateDigest(entryDigest(chapter)),
            deferredRender: true,
          };
          // An unchanged entry is not stored again, but its file is still the module Astro renders it from.
          if (!store.set(entry)) store.addModuleImport(filePath);
        }
      };
      sync(getBookIndex(root).chapters);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(chaptersDir(root) + sep) || !path.endsWith('.mdx')) return;
        try {
          sync(currentBookIndex(root).chapters);
        } catch {
          // A mistake in a chapter: the live preview reports it, and the pages show it.
        }
      });
    },
  };
}
