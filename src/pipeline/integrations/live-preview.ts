/**
 * The live preview (`npm run dev`) keeps what it can when an editor saves:
 * - a chapter: Astro sees the file itself and compiles only that chapter again (its tree comes from the
 *   book index, which parses the saved text once). The index reads the chapter again, and the open pages
 *   reload; pages referring to it print its titles and numbers from the index as they render, so none of
 *   their modules is evaluated again (the terminal says which pages those are when they changed).
 * - a data file: the checked data (shared by the remark plugins and the pages, on globalThis) is
 *   forgotten and checked again, and the open pages reload. Pages read the data as they render
 *   (getData(), its one reader), so no module is evaluated again.
 * A mistake is printed in the terminal at once, and the page shows it (Astro's error overlay) until the
 * next good save.
 */
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BookError } from '../../lib/book-error.ts';
import { currentBookIndex, getBookIndex, referrersOf, type BookIndex } from '../../book/book-index/index.ts';
import { chaptersDir } from '../../book/chapters/chapter-files.ts';
import { clearDataCache, getData } from '../../book/data/index.ts';
import type { BookSettings } from '../settings.ts';

/** What a saved file means for the preview: data or a chapter; other files Astro handles itself. */
export function changeKind(path: string, root: string): 'data' | 'chapter' | undefined {
  if (path.startsWith(join(root, 'data') + sep) && /\.ya?ml$/.test(path)) return 'data';
  if (path.startsWith(chaptersDir(root) + sep) && path.endsWith('.mdx')) return 'chapter';
  return undefined;
}

/** What other pages print of the book's chapters: every id, with its text and number. */
const targets = (index: BookIndex): string =>
  [...index.refs.values()].map((r) => `${r.id}=${r.text}@${r.chapter}`).join('\n');

/** The Astro integration behind the live preview's reloads. */
export function livePreview({ root }: BookSettings): AstroIntegration {
  return {
    name: 'book-live-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const reload = () => server.environments.client.hot.send({ type: 'full-reload' });
        // What other pages print of the chapters, as last shown.
        let shown = '';
        try {
          shown = targets(getBookIndex(root));
        } catch {
          // a chapter's mistake: reported when Astro's pages render, and again once it is saved
        }
        const report = (error: unknown) => logger.error(error instanceof BookError ? error.message : String(error));
        server.watcher.add(join(root, 'data'));
        server.watcher.on('all', (_event, path) => {
          const kind = changeKind(path, root);
          if (kind === 'data') {
            clearDataCache();
            try {
              getData(root);
              logger.info(`${relative(root, path)} changed: the data checks out; reloading.`);
            } catch (error) {
              report(error);
            }
            reload();
          } else if (kind === 'chapter') {
            const refresh = (retry: boolean) => {
              try {
                // The index as the chapters now are (the chapters collection's loader may have read it first).
                const after = currentBookIndex(root);
                const before = shown;
                shown = targets(after);
                if (before === shown) return;
                const id = relative(chaptersDir(root), path).replace(/\.mdx$/, '');
                const referring = referrersOf(after, id);
                logger.info(
                  `${relative(root, path)}: its titles, sections or figure numbers ` +
                    `changed${referring.length ? `, which ${referring.join(', ')} print` : ''}.`,
                );
              } catch (error) {
                // An editor's save can be seen half-written (an empty file): look again once before saying so.
                if (retry) setTimeout(() => refresh(false), 100);
                else report(error);
              }
            };
            refresh(true);
            // Open pages ask again: the saved chapter compiles anew; other pages only render (they read the index).
            reload();
          }
        });
      },
    },
  };
}
