/**
 * The live preview (`npm run dev`) reloads the page when an editor saves a data file or a chapter. Astro
 * watches chapters itself, but not data/, and it keeps what the book's modules cached (the checked
 * data, the cross-reference registry, chart numbers): after a save those are dropped, every page is
 * compiled afresh, and the browser reloads. A data mistake is printed in the terminal at once, and the
 * page shows it too (Astro's error overlay) until it is fixed.
 */
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BookError } from '../book-error.ts';
import { chaptersDir } from '../content/chapter-files.ts';
import { bookRoot, clearDataCache } from '../data/index.ts';
import { loadData } from '../data/load.ts';
import { clearRefsCache } from '../refs/index.ts';

/** What a saved file means for the preview: data or a chapter; other files Astro handles itself. */
export function changeKind(path: string, root: string): 'data' | 'chapter' | undefined {
  if (path.startsWith(join(root, 'data') + sep) && /\.ya?ml$/.test(path)) return 'data';
  if (path.startsWith(chaptersDir(root) + sep) && path.endsWith('.mdx')) return 'chapter';
  return undefined;
}

/** The Astro integration behind the live preview's reloads. */
export function livePreview(): AstroIntegration {
  return {
    name: 'book-live-preview',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = bookRoot();
        server.watcher.add(join(root, 'data'));
        server.watcher.on('all', (_event, path) => {
          const kind = changeKind(path, root);
          if (!kind) return;
          // These caches live in the config's copy of the modules (used by the remark plugins).
          clearDataCache();
          clearRefsCache();
          if (kind === 'data') {
            try {
              loadData(root);
              logger.info(`${relative(root, path)} changed: the data checks out; reloading.`);
            } catch (error) {
              logger.error(error instanceof BookError ? error.message : String(error));
            }
          }
          // The pages' copies of the modules, and every compiled chapter, start afresh.
          for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
          server.environments.client.hot.send({ type: 'full-reload' });
        });
      },
    },
  };
}
