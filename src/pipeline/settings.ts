/**
 * What a build of a book is asked to do: which book, which editions, on which paper, and what to do with
 * the result. astro.config.mjs states them for this folder's book; `npm run build` states them from its
 * command line (src/pipeline/run-build.ts). The integrations receive them as options; the pages read the
 * book's folder from the module `virtual:book/settings` (src/pipeline/astro-config.ts).
 */
import { join, resolve } from 'node:path';
import { BookError } from '../lib/book-error.ts';
import { PAPERS, type Paper } from '../editions/print/papers.ts';

/**
 * `publish` (the default) swaps the finished site into the book's dist/; `no-swap` checks everything,
 * then discards it; `check` (`npm run check`) stops after the first link check.
 */
export type BuildMode = 'publish' | 'no-swap' | 'check';

export interface BookSettings {
  /** The book's folder, holding data/ and src/content/chapters/. */
  root: string;
  /** Where the finished site is published: the book's dist/ unless told. */
  out: string;
  /** `all`, or `site` alone: no PDFs or EPUB (the bench's largest synthetic book, which no one would print). */
  editions: 'all' | 'site';
  paper: Paper;
  mode: BuildMode;
  /** The quick checks already ran in this process (npm run build runs them before Astro loads). */
  checked: boolean;
}

export type BookOptions = Partial<BookSettings>;

/** The settings for `options`, with defaults: this folder's book, every edition, A4, published. */
export function bookSettings(options: BookOptions = {}): BookSettings {
  const paper = (options.paper ?? 'a4').toLowerCase();
  if (!(paper in PAPERS)) {
    throw new BookError(
      { file: "the build's settings", field: 'paper' },
      `there is no paper "${options.paper}".`,
      `use ${Object.keys(PAPERS)
        .map((name) => `"${name}"`)
        .join(' or ')} (npm run build -- --paper letter).`,
    );
  }
  const root = resolve(options.root ?? '.');
  return {
    root,
    out: resolve(options.out ?? join(root, 'dist')),
    editions: options.editions ?? 'all',
    paper: paper as Paper,
    mode: options.mode ?? 'publish',
    checked: options.checked ?? false,
  };
}

/** Whether the build makes the print editions (PDFs and EPUB). */
export const printEditions = (settings: BookSettings): boolean => settings.editions !== 'site';
