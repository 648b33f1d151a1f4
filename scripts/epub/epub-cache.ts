/**
 * Finished EPUBs, kept between builds in the book's .cache/epub/: making one reads every page of the
 * book's PDF with pdf.js (about 1.5 s), so a rebuild whose inputs are unchanged copies the last one.
 * The key is everything that decides its bytes: the print page (its only source of text), the book's
 * PDF (its page numbers), the book's metadata and base path, the code that makes it (scripts/epub/,
 * the PDF reader, src/lib/print/) and the exact versions of every package (package-lock.json).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Book } from '../../src/lib/data/schemas.ts';
import { pdfPath } from '../../src/lib/print/pdf-files.ts';
import { writeAtomically } from '../../src/lib/write-atomically.ts';
import type { MadeEpub } from './make-epub.ts';

const SCRIPTS = fileURLToPath(new URL('..', import.meta.url));
const PROJECT = join(SCRIPTS, '..');
const code = (dir: string) => readdirSync(dir).filter((f) => /\.(ts|css)$/.test(f) && !f.endsWith('.test.ts')).sort().map((f) => join(dir, f));
const CODE = [...code(join(SCRIPTS, 'epub')), join(SCRIPTS, 'build-epub.ts'), join(SCRIPTS, 'pdf', 'read-pdf.ts'),
  ...code(join(PROJECT, 'src', 'lib', 'print')), join(PROJECT, 'package-lock.json')];

/** The key of the EPUB that the site built in `dist` (served under `base`) makes. */
export function epubKey(dist: string, book: Book, base: string): string {
  const hash = createHash('sha256');
  for (const file of CODE) if (existsSync(file)) hash.update(`${relative(PROJECT, file)}\n`).update(readFileSync(file));
  return hash.update(`base ${base}\n${JSON.stringify(book)}\n`)
    .update(readFileSync(join(dist, 'print', 'index.html'))).update(readFileSync(join(dist, pdfPath(book.title)))).digest('hex');
}

/** The cache in `dir` (the book's .cache/epub/). */
export function epubCache(dir: string) {
  const files = (key: string) => ({ epub: join(dir, `${key}.epub`), facts: join(dir, `${key}.json`) });
  return {
    /** Writes the EPUB kept under `key` into the site at `dist`, if there is one. */
    restore(key: string, dist: string): MadeEpub | undefined {
      const kept = files(key);
      if (!existsSync(kept.epub) || !existsSync(kept.facts)) return undefined;
      const epub: MadeEpub = { ...JSON.parse(readFileSync(kept.facts, 'utf8')), bytes: readFileSync(kept.epub) };
      mkdirSync(dirname(join(dist, epub.path)), { recursive: true });
      writeFileSync(join(dist, epub.path), epub.bytes);
      return epub;
    },
    /** Keeps this EPUB, in place of the ones made before (a book has one). */
    put(key: string, { bytes, ...facts }: MadeEpub): void {
      mkdirSync(dir, { recursive: true });
      for (const file of readdirSync(dir)) if (!file.startsWith(key)) rmSync(join(dir, file), { force: true });
      writeAtomically(files(key).epub, bytes);
      writeAtomically(files(key).facts, JSON.stringify(facts));
    },
  };
}
