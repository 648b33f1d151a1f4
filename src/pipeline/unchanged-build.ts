/**
 * A build whose inputs are all as they were when the site in dist/ was published has nothing to make.
 * `npm run build` proves it before it loads Astro, on two counts:
 *   - a digest of every input (the engine's code, config and installed packages, the book's data,
 *     chapters and public files, the build's settings, Node's version and the machine's fonts) equals
 *     the one recorded when dist/ was published;
 *   - dist/ holds exactly the files then published, each with the size and modification time it had.
 * Otherwise it builds as ever, and records both once the new site is published.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { machineFonts } from '../figures/files/png-cache.ts';
import { cachePath, readEntry, writeEntry } from '../lib/cache.ts';
import { filesUnder } from '../lib/files-under.ts';

/** What the engine's own folder contributes: its code, configuration and the packages installed. */
const ENGINE_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
];
/** What a book's folder contributes (the same folders as the engine's when the book is the project itself). */
const BOOK_INPUTS = ['data', 'src', 'public'];

/** Every file at or under `path`, absolute. */
const filesAt = (path: string): string[] => filesUnder(path).map((f) => join(path, f));

/** The digest of everything a build of `book` by the engine in `engine` reads, with the settings it was given. */
export function inputsDigest(engine: string, book: string, settings: Record<string, string | undefined>): string {
  const files = [
    ...new Set(
      [...ENGINE_INPUTS.map((p) => join(engine, p)), ...BOOK_INPUTS.map((p) => join(book, p))].flatMap(filesAt),
    ),
  ].sort();
  const hash = createHash('sha256').update(
    JSON.stringify({ engine, book, settings, node: process.version, platform: process.platform }),
  );
  hash.update(machineFonts());
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

type Listing = Record<string, [size: number, modified: number]>;

/** Each file of the published site, with its size and modification time. */
function listing(dist: string): Listing {
  return Object.fromEntries(
    filesUnder(dist).map((f) => {
      const { size, mtimeMs } = statSync(join(dist, f));
      return [f, [size, mtimeMs]];
    }),
  );
}

/** Whether `dist` is what a build of these inputs published, untouched since (no record, or a damaged one: no). */
export function alreadyPublished(book: string, dist: string, digest: string): boolean {
  const kept = readEntry(cachePath(book, 'published'));
  if (!kept || !existsSync(dist)) return false;
  const record = JSON.parse(kept.toString('utf8')) as { digest: string; files: Listing };
  return record.digest === digest && JSON.stringify(record.files) === JSON.stringify(listing(dist));
}

/** Notes that `dist` was just published from inputs with `digest`. */
export function recordPublished(book: string, dist: string, digest: string): void {
  writeEntry(cachePath(book, 'published'), JSON.stringify({ digest, files: listing(dist) }));
}
