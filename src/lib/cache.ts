/**
 * What a build keeps between builds: all of it under <book>/.cache/, each part named here once. Every
 * entry is written with the digest of its bytes beside it (`<entry>.sha256`), and checked against it
 * when read back: a missing, cut-short or altered entry is a miss, made again with one line in the
 * build's log saying which, so no damaged entry reaches dist/. Astro's content store, which Astro reads
 * back unchecked, is sealed with a digest the same way (`foreignCache`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from './files-under.ts';
import { writeAtomically } from './write-atomically.ts';

/** The parts of a book's cache, by what they keep. */
const PARTS = {
  /** The site being built, before it is published (src/pipeline/integrations/staging.ts). */
  staging: 'staging',
  /** Chart PNGs and social cards, by a digest of what they are drawn from (src/figures/files/png-cache.ts). */
  pictures: 'png',
  /** What the link check read of each page, by the page's digest (src/pipeline/integrations/link-check.ts). */
  linkCheck: 'link-check.json',
  /** The inputs and files of the site last published (src/pipeline/unchanged-build.ts). */
  published: 'published.json',
  /** Astro's own content store (src/pipeline/astro-config.ts): each book keeps its own. */
  astro: 'astro',
  /** The digest of Astro's content store as the last build left it (Astro keeps none of its own). */
  astroSeal: 'astro-store.sha256',
  /** Node's compiled code (scripts/build-site.ts); Node checks each entry itself. */
  compiled: 'node-compile',
  /** The lock one build at a time holds on the book (src/pipeline/build-lock.ts). */
  lock: 'build.lock',
  /** Older engines and Astro Starlight, installed for the benchmark (src/pipeline/bench/). */
  bench: 'bench',
} as const;

/** The folder of a book (or project) that holds its cache. */
export const CACHE_FOLDER = '.cache';

/** Where `part` of the cache of the book at `book` lives, and `rest` inside it. */
export const cachePath = (book: string, part: keyof typeof PARTS, ...rest: string[]): string =>
  join(book, CACHE_FOLDER, PARTS[part], ...rest);

const digestOf = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const digestBeside = (entry: string): string => `${entry}.sha256`;

/** Writes `bytes` as the entry `entry`, then their digest beside it (an entry cut short by a crash has none). */
export function writeEntry(entry: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(entry), { recursive: true });
  writeAtomically(entry, bytes);
  writeAtomically(digestBeside(entry), digestOf(bytes));
}

/** Says which entry was damaged: one line in the build's log. */
const reportDamage = (entry: string, why: string): void =>
  void process.stderr.write(`cache: ${relative(process.cwd(), entry)} ${why}; it is made again.\n`);

/** The entry's bytes, if they are the ones written; undefined if it is missing or damaged (said in the log). */
export function readEntry(
  entry: string,
  report: (entry: string, why: string) => void = reportDamage,
): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entry);
  } catch {
    return undefined; // never made: a plain miss
  }
  let digest: string | undefined;
  try {
    digest = readFileSync(digestBeside(entry), 'utf8');
  } catch {
    digest = undefined;
  }
  if (digest === undefined) report(entry, 'has no digest beside it (its writing was cut short)');
  else if (digest !== digestOf(bytes))
    report(entry, 'is not the entry that was written (its digest does not match its bytes)');
  else return bytes;
  return undefined;
}

/** The digest of every file in `folder`, names and bytes; undefined if there is no such folder. */
function folderDigest(folder: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  const hash = createHash('sha256');
  for (const file of filesUnder(folder)) hash.update(`\0${file}\0`).update(readFileSync(join(folder, file)));
  return hash.digest('hex');
}

/**
 * A cache kept by another tool, which checks nothing it reads back (Astro's content store): `seal`
 * records its digest as a build leaves it; `unsealed` deletes it if it is no longer what was sealed
 * (damaged, or written by something else since, the dev server for one) and says whether it did.
 */
export const foreignCache = {
  seal: (folder: string, seal: string): void => {
    const digest = folderDigest(folder);
    if (digest) writeEntry(seal, digest);
  },
  unsealed: (folder: string, seal: string): boolean => {
    const digest = folderDigest(folder);
    if (digest === undefined || readEntry(seal, () => {})?.toString() === digest) return false;
    rmSync(folder, { recursive: true, force: true });
    return true;
  },
};
