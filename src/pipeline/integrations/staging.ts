/**
 * A failed build keeps the last good site. Astro builds into a staging folder (in the book's cache),
 * the later steps finish it there, and only the last integration, once every step has passed, swaps it
 * into the book's dist/ (or where --outDir says). Only one build at a time does any of this in a
 * book's folder: the first step takes the book's build lock.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachePath, foreignCache } from '../../lib/cache.ts';
import type { BookSettings } from '../settings.ts';
import { say } from './build-step.ts';
import { takeBuildLock } from '../build-lock.ts';
import { forgetUnusedPngs } from '../../figures/files/png-cache.ts';

/** The folder the site of the book at `root` is built and finished in, before it is published. */
export const stagingDir = (root: string): string => cachePath(root, 'staging');

/** Where the published site waits while the new one is moved in (a moment: two renames apart). */
const asidePath = (published: string): string => `${published.replace(/\/$/, '')}.previous`;

/**
 * Moves `staged` into `published`, with the old site kept aside until the new one is in place. The old
 * one is then deleted in the background: a 1,000-chapter site is 18,000 files, seconds to delete, and
 * nothing waits for it. (Renamed out of the way first, so the next build never meets it half-deleted.)
 */
export function swapInto(staged: string, published: string): void {
  const previous = asidePath(published);
  if (existsSync(previous)) discard(previous);
  if (existsSync(published)) renameSync(published, previous);
  // The fault tests stop a build here, between the two renames, as a power cut might (tests/editors/faults.test.ts).
  if (process.env.BOOK_FAULT === 'kill-in-swap') process.kill(process.pid, 'SIGKILL');
  try {
    renameSync(staged, published);
  } catch (error) {
    // The new site cannot go in (a folder that cannot be written): the old one goes back.
    if (existsSync(previous) && !existsSync(published)) renameSync(previous, published);
    throw error;
  }
  if (existsSync(previous)) discard(previous);
}

/**
 * A build stopped between the swap's two renames leaves no published site, and the last one aside:
 * put it back, so the site is never missing for longer than that moment. Returns whether it did.
 */
export function restoreAside(published: string): boolean {
  const previous = asidePath(published);
  if (existsSync(published) || !existsSync(previous)) return false;
  renameSync(previous, published);
  return true;
}

let discarded = 0;
/** Renames `dir` out of sight beside itself, then deletes it in a process of its own that outlives the build. */
function discard(dir: string): void {
  const trash = join(dirname(dir), `.${basename(dir)}.deleting-${process.pid}-${discarded++}`);
  renameSync(dir, trash);
  const removeHere = () => rmSync(trash, { recursive: true, force: true });
  try {
    spawn('rm', ['-rf', '--', trash], { detached: true, stdio: 'ignore' }).on('error', removeHere).unref();
  } catch {
    removeHere();
  }
}

/** The two ends of the build: `stage` goes first in the integrations list, `publish` last. */
export function stagedOutput({ root, mode }: BookSettings): { stage: AstroIntegration; publish: AstroIntegration } {
  let published = '';
  let astroStore = '';
  const staging = stagingDir(root);
  return {
    stage: {
      name: 'book-staging',
      hooks: {
        'astro:config:setup': async ({ command, config, updateConfig }) => {
          if (command !== 'build') return;
          // One build at a time: the lock before the staging folder or dist/ is touched (src/pipeline/build-lock.ts).
          astroStore = fileURLToPath(config.cacheDir);
          await takeBuildLock(root, say, [astroStore]);
          // Astro trusts its content store as it finds it: one it cannot vouch for is deleted, and made again.
          if (foreignCache.unsealed(astroStore, cachePath(root, 'astroSeal'))) {
            say("Astro's content store was not as the last build left it: deleted, and made again.");
          }
          // The book's dist/ (astro-config.ts), or where --outDir says.
          published = fileURLToPath(config.outDir);
          if (restoreAside(published))
            say(
              `Put back ${relative(process.cwd(), published) || '.'}/, the last published site, which ` +
                `a stopped build had left aside.`,
            );
          const at = (folder: string) => pathToFileURL(join(staging, folder, '/'));
          updateConfig({ outDir: at(''), build: { client: at('client'), server: at('server') } });
        },
        'astro:build:start': () => void (existsSync(staging) && discard(staging)),
      },
    },
    publish: {
      name: 'book-publish',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const site = fileURLToPath(dir);
          if (mode !== 'publish') {
            rmSync(site, { recursive: true, force: true });
            say(
              mode === 'check'
                ? 'Everything checks out (the search index and PDF were not made, and nothing was published: --check).'
                : 'Everything checks out (nothing was published: --no-swap).',
            );
            return;
          }
          swapInto(site, published);
          say(`Published to ${relative(process.cwd(), published) || '.'}/.`);
          const forgotten = forgetUnusedPngs(root);
          if (forgotten)
            say(`Deleted ${forgotten} picture${forgotten === 1 ? '' : 's'} no page uses any more from the cache.`);
          foreignCache.seal(astroStore, cachePath(root, 'astroSeal'));
        },
      },
    },
  };
}
