/**
 * Finished EPUBs, kept between builds in the book's .cache/epub/: making one reads every page of the
 * book's PDF with pdf.js (about 1.5 s), so a rebuild whose inputs are unchanged copies the last one.
 * The key is everything that decides its bytes: the print page (its only source of text), the book's
 * PDF (its page numbers), the book's metadata and base path, the code that makes it (scripts/epub/,
 * the PDF reader, src/lib/print/) and the exact versions of every package (package-lock.json).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(SCRIPTS, '..');
const code = (dir: string) => readdirSync(dir).filter((f) => /\.(ts|css)$/.test(f) && !f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
const CODE = [...code(join(SCRIPTS, 'epub')), join(SCRIPTS, 'build-epub.ts'), join(SCRIPTS, 'pdf', 'read-pdf.ts'),
  ...code(join(PROJECT, 'src', 'lib', 'print')), join(PROJECT, 'package-lock.json')];

/** What the build step says of an EPUB: kept beside its bytes. */
export interface EpubFacts { path: string; pages: number; chapters: number }

/** The key of the EPUB made from these inputs. */
export function epubKey(inputs: { printPage: string; bookPdf: Uint8Array; book: object; base: string }): string {
  const hash = createHash('sha256');
  for (const file of CODE) if (existsSync(file)) hash.update(`${relative(PROJECT, file)}\n`).update(readFileSync(file));
  return hash.update(`base ${inputs.base}\n${JSON.stringify(inputs.book)}\n`).update(inputs.printPage).update(inputs.bookPdf).digest('hex');
}

/** The cache in `dir` (the book's .cache/epub/). */
export function epubCache(dir: string) {
  return {
    get(key: string): { bytes: Uint8Array; facts: EpubFacts } | undefined {
      const [epub, facts] = [join(dir, `${key}.epub`), join(dir, `${key}.json`)];
      if (!existsSync(epub) || !existsSync(facts)) return undefined;
      return { bytes: readFileSync(epub), facts: JSON.parse(readFileSync(facts, 'utf8')) };
    },
    /** Keeps this EPUB, in place of the ones made before (a book has one). */
    put(key: string, bytes: Uint8Array, facts: EpubFacts): void {
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(dir)) if (!file.startsWith(key)) rmSync(join(dir, file), { force: true });
      // Written aside, then renamed: a build reading the cache at the same time never sees half a file.
      for (const [file, data] of [[`${key}.epub`, bytes], [`${key}.json`, JSON.stringify(facts)]] as const) {
        writeFileSync(join(dir, `${file}.${process.pid}.tmp`), data);
        renameSync(join(dir, `${file}.${process.pid}.tmp`), join(dir, file));
      }
    },
  };
}
