/**
 * A failed build keeps the last good site. Astro builds into a staging folder (<book>/.cache/staging/),
 * the later steps finish it there, and only the last integration, once every step has passed, swaps it
 * into dist/ (or the book's own dist/ with BOOK_ROOT).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bookRoot } from '../lib/data/index.ts';
import { buildMode, say } from './build-step.ts';

/** The folder the site is built and finished in, before it is published. */
export const stagingDir = (book = bookRoot()): string => join(book, '.cache', 'staging');

/** Moves `staged` into `published`, with the old site kept aside until the new one is in place. */
export function swapInto(staged: string, published: string): void {
  const previous = `${published.replace(/\/$/, '')}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(published)) renameSync(published, previous);
  renameSync(staged, published);
  rmSync(previous, { recursive: true, force: true });
}

/** The two ends of the build: `stage` goes first in the integrations list, `publish` last. */
export function stagedOutput(): { stage: AstroIntegration; publish: AstroIntegration } {
  let published = '';
  const staging = stagingDir();
  return {
    stage: {
      name: 'book-staging',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          // Where Astro says (--outDir), except that another book (BOOK_ROOT) goes beside its own data by default.
          const byDefault = config.outDir.href === new URL('dist/', config.root).href;
          published = process.env.BOOK_ROOT && byDefault ? join(bookRoot(), 'dist') : fileURLToPath(config.outDir);
          const at = (folder: string) => pathToFileURL(join(staging, folder, '/'));
          updateConfig({ outDir: at(''), build: { client: at('client'), server: at('server') } });
        },
        'astro:build:start': () => rmSync(staging, { recursive: true, force: true }),
      },
    },
    publish: {
      name: 'book-publish',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const site = fileURLToPath(dir);
          if (buildMode() !== 'publish') {
            rmSync(site, { recursive: true, force: true });
            say(buildMode() === 'check'
              ? 'Everything checks out (the search index and PDF were not made, and nothing was published: --check).'
              : 'Everything checks out (nothing was published: --no-swap).');
            return;
          }
          swapInto(site, published);
          say(`Published to ${relative(process.cwd(), published) || '.'}/.`);
        },
      },
    },
  };
}
