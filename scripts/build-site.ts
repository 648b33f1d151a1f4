/**
 * `npm run build`: Astro's build, run quietly, with each failure worded for an editor. The work itself is
 * in Astro integrations (src/build/integrations/index.ts lists the steps), so `npx astro build` does the same:
 * quick checks, the site built aside, link checks, search index, PDFs, EPUB, download sizes, _headers,
 * and only then the swap into dist/. Until then, dist/ holds the last good build, untouched. A build
 * whose inputs are all as they were when dist/ was published ends at once (src/build/unchanged-build.ts).
 *
 * Any failure prints the editor's message once (file, line, field and fix) and exits with status 1.
 * Options: --verbose shows Astro's own log; --no-swap checks everything, then discards the staged site;
 * --check (what `npm run check` runs) stops after the first link check and discards the staged site.
 */
import { existsSync, rmSync } from 'node:fs';
import module from 'node:module';
import { join, relative } from 'node:path';
import { BookError } from '../src/lib/book-error.ts';
import { explainBuildError, explainMachineFault } from '../src/build/explain-error.ts';
import { bookRoot } from '../src/book/data/index.ts';
import { cachePath } from '../src/lib/cache.ts';
import type { BuildMode } from '../src/build/integrations/build-step.ts';
import { runQuickChecks } from '../src/build/integrations/preflight.ts';
import { say } from '../src/build/integrations/build-step.ts';
import { alreadyPublished, inputsDigest, recordPublished } from '../src/build/unchanged-build.ts';
import { holdsBuildLock } from '../src/build/build-lock.ts';
import { stagingDir } from '../src/build/integrations/staging.ts';

// Node keeps the code it compiles, as Astro's own command does (a build after the first takes about 0.4 s
// less), in the book's cache; Node checks each entry against its own checksum before using it.
module.enableCompileCache(cachePath(bookRoot(), 'compiled'));
// No network at build time: Astro would otherwise try to send usage telemetry (and wait for it offline).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const root = process.cwd();
const book = bookRoot();
const dist = join(book, 'dist');
const args = new Set(process.argv.slice(2));
process.env.BOOK_BUILD_MODE = (args.has('--check') ? 'check' : args.has('--no-swap') ? 'no-swap' : 'publish') satisfies BuildMode;

/** A BuildStopped from src/build/integrations/build-step.ts (matched by shape: Astro may load its own copy). */
interface Stopped { reason: string; messages: string[] }
function stoppedIn(error: unknown, depth = 0): Stopped | undefined {
  if (!error || typeof error !== 'object' || depth > 8) return undefined;
  const e = error as Partial<Stopped> & { name?: string; cause?: unknown };
  if (e.name === 'BuildStopped' && Array.isArray(e.messages)) return e as Stopped;
  return stoppedIn(e.cause, depth + 1);
}

const kept = () => (existsSync(dist) ? `${relative(root, dist)}/ still holds the last good build` : 'nothing was published');
const fail = (message: string) => process.stderr.write(`\n${message}\n`);

// The settings a build takes from its environment are inputs too (a site-only build is another build).
const settings = Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(BOOK|PDF)_/.test(name) && name !== 'BOOK_QUICK_CHECKED'));
const digest = process.env.BOOK_BUILD_MODE === 'publish' ? inputsDigest(root, book, settings) : undefined;
if (digest && alreadyPublished(book, dist, digest)) {
  say(`Nothing changed since ${relative(root, dist) || '.'}/ was published: every input is as it was, every file in place.`);
  process.exit(0);
}

try {
  // The quick checks before Astro loads (which takes a few seconds), so a mistake reports in about one.
  runQuickChecks();
  const { build } = await import('astro');
  await build({ root, logLevel: args.has('--verbose') ? 'info' : 'silent' });
  if (digest) recordPublished(book, dist, digest);
  process.exit(0);
} catch (error) {
  // Only the build holding the lock owns the staging folder: another may be using it.
  if (holdsBuildLock(book)) rmSync(stagingDir(book), { recursive: true, force: true });
  const stopped = stoppedIn(error);
  const message = error instanceof BookError ? error.message : explainBuildError(error, book);
  const fault = explainMachineFault(error, root);
  if (stopped) {
    for (const each of stopped.messages) fail(each);
    fail(`The build stopped (${stopped.reason}); ${kept()}. EDITING.md explains each message.`);
  } else if (message) {
    fail(`${message}\n\nThe build stopped; ${kept()}. EDITING.md explains each message.`);
  } else if (fault) {
    fail(`${fault}; ${kept()}.`);
  } else {
    fail(`The build failed for a reason that is not an editing mistake this project recognises. The full error follows.\n\n${(error as Error)?.stack ?? String(error)}`);
  }
  process.exit(1);
}
