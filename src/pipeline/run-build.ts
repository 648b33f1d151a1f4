/**
 * `npm run build`: Astro's build, run quietly, with each failure worded for an editor. The work itself is
 * in Astro integrations (integrations/index.ts lists the steps), so `npx astro build` does the same:
 * quick checks, the site built aside, link checks, search index, PDFs, EPUB, download sizes, _headers,
 * and only then the swap into dist/. Until then, dist/ holds the last good build, untouched. A build
 * whose inputs are all as they were when dist/ was published ends at once (unchanged-build.ts).
 *
 * Any failure prints the editor's message once (file, line, field and fix) and exits with status 1.
 * Options: --book <folder> builds another book (its data/ and src/content/chapters/) into its own dist/;
 * --out <folder> publishes the site there instead;
 * --site-only makes no PDF or EPUB; --paper letter sets the print edition on US Letter (A4 by default);
 * --verbose shows Astro's own log; --no-swap checks everything, then discards the staged site;
 * --check (what `npm run check` runs) stops after the first link check and discards the staged site.
 */
import { existsSync, rmSync } from 'node:fs';
import module from 'node:module';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BookError } from '../lib/book-error.ts';
import { cachePath } from '../lib/cache.ts';
import { bookConfig } from './astro-config.ts';
import { holdsBuildLock } from './build-lock.ts';
import { explainBuildError, explainMachineFault } from './explain-error.ts';
import { say } from './integrations/build-step.ts';
import { describeChecked, preflight } from './integrations/quick-checks.ts';
import { stagingDir } from './integrations/staging.ts';
import { bookSettings, type BookSettings } from './settings.ts';
import { alreadyPublished, inputsDigest, recordPublished } from './unchanged-build.ts';

const OPTIONS = {
  book: { type: 'string', default: '.' },
  out: { type: 'string' },
  'site-only': { type: 'boolean', default: false },
  paper: { type: 'string', default: 'a4' },
  check: { type: 'boolean', default: false },
  'no-swap': { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
} as const;

/** The settings the command line asks for. */
export function settingsFrom(argv: string[]): BookSettings & { verbose: boolean } {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  const mode = values.check ? 'check' : values['no-swap'] ? 'no-swap' : 'publish';
  const settings = bookSettings({
    root: values.book,
    out: values.out,
    editions: values['site-only'] ? 'site' : 'all',
    paper: values.paper as BookSettings['paper'],
    mode,
  });
  if (!existsSync(join(settings.root, 'data', 'book.yaml'))) {
    throw new BookError(
      { file: values.book, field: 'book' },
      'there is no book in this folder: it has no data/book.yaml.',
      "name the folder that holds the book's data/ and src/content/chapters/ (npm run build -- --book tests/fixtures/mini-book).",
    );
  }
  return { ...settings, verbose: values.verbose };
}

/** A BuildStopped from integrations/build-step.ts (matched by shape: Astro may load its own copy). */
interface Stopped {
  reason: string;
  messages: string[];
}
function stoppedIn(error: unknown, depth = 0): Stopped | undefined {
  if (!error || typeof error !== 'object' || depth > 8) return undefined;
  const e = error as Partial<Stopped> & { name?: string; cause?: unknown };
  if (e.name === 'BuildStopped' && Array.isArray(e.messages)) return e as Stopped;
  return stoppedIn(e.cause, depth + 1);
}

/** Builds the book the command line names; returns the process's exit status. */
export async function runBuild(argv: string[]): Promise<number> {
  const engine = process.cwd();
  const fail = (message: string) => process.stderr.write(`\n${message}\n`);
  let settings: BookSettings & { verbose: boolean };
  try {
    settings = settingsFrom(argv);
  } catch (error) {
    const options = '--book <folder>, --out <folder>, --site-only, --paper letter, --check, --no-swap and --verbose';
    fail(
      error instanceof BookError
        ? error.message
        : `${(error as Error).message}\n  Fix: npm run build takes ${options}.`,
    );
    return 1;
  }
  const { root: book, out: dist, verbose, ...asked } = settings;
  const kept = () =>
    existsSync(dist) ? `${relative(engine, dist)}/ still holds the last good build` : 'nothing was published';

  // Node keeps the code it compiles, as Astro's own command does (a build after the first takes about 0.4 s
  // less), in the book's cache; Node checks each entry against its own checksum before using it.
  module.enableCompileCache(cachePath(book, 'compiled'));
  // No network at build time: Astro would otherwise try to send usage telemetry (and wait for it offline).
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

  // The settings are inputs too (a site-only build is another build).
  const digest =
    settings.mode === 'publish'
      ? inputsDigest(engine, book, { editions: asked.editions, paper: asked.paper })
      : undefined;
  if (digest && alreadyPublished(book, dist, digest)) {
    say(
      `Nothing changed since ${relative(engine, dist) || '.'}/ was published: every input is ` +
        `as it was, every file in place.`,
    );
    return 0;
  }

  try {
    // The quick checks before Astro loads (which takes a few seconds), so a mistake reports in about one.
    say(describeChecked(preflight(book)));
    const { build } = await import('astro');
    await build({
      ...bookConfig({ ...settings, checked: true }),
      root: engine,
      configFile: false,
      logLevel: verbose ? 'info' : 'silent',
    });
    if (digest) recordPublished(book, dist, digest);
    return 0;
  } catch (error) {
    // Only the build holding the lock owns the staging folder: another may be using it.
    if (holdsBuildLock(book)) rmSync(stagingDir(book), { recursive: true, force: true });
    const stopped = stoppedIn(error);
    const message = error instanceof BookError ? error.message : explainBuildError(error, book);
    const fault = explainMachineFault(error, engine);
    if (stopped) {
      for (const each of stopped.messages) fail(each);
      fail(`The build stopped (${stopped.reason}); ${kept()}. EDITING.md explains each message.`);
    } else if (message) {
      fail(`${message}\n\nThe build stopped; ${kept()}. EDITING.md explains each message.`);
    } else if (fault) {
      fail(`${fault}; ${kept()}.`);
    } else {
      fail(
        `The build failed for a reason that is not an editing mistake this project recognises. ` +
          `The full error follows.\n\n${(error as Error)?.stack ?? String(error)}`,
      );
    }
    return 1;
  }
}
