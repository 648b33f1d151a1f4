/**
 * data/ in Astro's content layer: one loader per kind of item (stats, charts, studies, sources,
 * glossary terms), each storing the items loadData checked, so Astro keeps them in its data store and
 * `getCollection('stats')` works like any collection. The checks stay loadData's (file, line, field
 * and fix); the remark plugins and components keep reading the same checked data synchronously through
 * getData(), which this fills. The live preview refreshes these loaders (by name) when data/ changes.
 */
import type { Loader } from 'astro/loaders';
import { BookError } from '../book-error.ts';
import { getData } from './index.ts';
import type { BookData } from './load.ts';

/** The loaders' shared name, for `refreshContent({ loaders: [BOOK_DATA_LOADER] })`. */
export const BOOK_DATA_LOADER = 'book-data';

/** A loader of one kind of data/ item, by id: `pick` chooses the kind from the checked data. */
export function bookDataLoader(pick: (data: BookData) => ReadonlyMap<string, object>): Loader {
  return {
    name: BOOK_DATA_LOADER,
    load: async ({ store, logger, generateDigest }) => {
      let data: BookData;
      try {
        data = getData();
      } catch (error) {
        // Keep the last good items: the page and the terminal show the mistake (getData throws it there too).
        logger.error(error instanceof BookError ? error.message : String(error));
        return;
      }
      const items = pick(data);
      for (const id of store.keys()) if (!items.has(id)) store.delete(id);
      for (const [id, item] of items) {
        const record = { ...item } as Record<string, unknown>;
        store.set({ id, data: record, digest: generateDigest(record) });
      }
    },
  };
}
