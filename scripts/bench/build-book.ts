/**
 * Builds one book the way `npm run build` does, step by step, measuring each step: the preflight
 * checks, Astro, the search index, the PDF (when asked) and the link check. The site's figures are
 * the sum of every step but the PDF; peak memory is the largest any step reached.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../../src/lib/data/load.ts';
import { pdfPath } from '../../src/lib/print/pdf-files.ts';
import { measureNode, type Measured } from './measure.ts';

/** What building one book cost and made. */
export interface BookRun {
  /** What the book is: a chapter count, or a name. */
  name: string;
  chapters: number;
  /** HTML pages in the published site (the print pages, the PDF's source, excluded). */
  pages: number;
  /** The site: checks, Astro, search index and link check together. */
  site: Required<Pick<Measured, 'wall'>> & Pick<Measured, 'cpu' | 'peak'>;
  /** The PDF step, when it ran. */
  pdf?: Measured;
  /** Bytes of the published site, PDFs excluded. */
  siteBytes: number;
  /** Bytes of the whole-book PDF, when made. */
  bookPdfBytes?: number;
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));
const isPrint = (f: string) => f === 'print' || f.startsWith('print/');

/** Adds measured steps into one: times and CPU summed, memory the largest. */
function combine(steps: Measured[]): BookRun['site'] {
  const sum = (pick: (m: Measured) => number | undefined) =>
    steps.every((m) => pick(m) !== undefined) ? steps.reduce((total, m) => total + pick(m)!, 0) : undefined;
  const peaks = steps.map((m) => m.peak).filter((p): p is number => p !== undefined);
  return { wall: sum((m) => m.wall)!, cpu: sum((m) => m.cpu), peak: peaks.length ? Math.max(...peaks) : undefined };
}

/**
 * Builds the book at `book` into `dist` with the engine at `engine` (the project folder).
 * `withPdf` adds the PDF step; `chapters` is reported as given.
 */
export function buildBook(name: string, book: string, chapters: number, dist: string, engine: string, withPdf: boolean): BookRun {
  const env = { BOOK_ROOT: book, ASTRO_TELEMETRY_DISABLED: '1' };
  const step = (...args: string[]) => {
    const measured = measureNode(args, engine, env);
    // Each step on its own line, so a step that grows faster than the book is easy to spot.
    process.stderr.write(`bench:   ${args.slice(0, 2).join(' ')}: ${measured.wall.toFixed(1)} s, ${measured.cpu?.toFixed(1) ?? '?'} s CPU, ${((measured.peak ?? 0) / 1e6).toFixed(0)} MB\n`);
    return measured;
  };
  const steps = [
    step('scripts/bench/checks.ts', '--book', book),
    step('node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist),
    step('scripts/build-search.ts', '--dist', dist),
  ];
  const pdf = withPdf ? step('scripts/build-pdf.ts', '--dist', dist) : undefined;
  steps.push(step('scripts/bench/checks.ts', '--links', dist));

  const all = files(dist).filter((f) => !isPrint(f));
  const bytes = (f: string) => statSync(join(dist, f)).size;
  const site = all.filter((f) => !f.startsWith('pdf/') && statSync(join(dist, f)).isFile());
  const bookPdf = join(dist, pdfPath(loadData(book).book.title));
  return {
    name, chapters,
    pages: all.filter((f) => f.endsWith('.html')).length,
    site: combine(steps), pdf,
    siteBytes: site.reduce((total, f) => total + bytes(f), 0),
    bookPdfBytes: existsSync(bookPdf) ? statSync(bookPdf).size : undefined,
  };
}
