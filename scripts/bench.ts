/**
 * `npm run bench`: how the build grows with the book. Generates synthetic books (10, 100 and 1,000
 * chapters, three charts and a few inline figures each) into a temporary folder, builds each with
 * this engine step by step (site for all, PDF for 10 and 100), builds this project's own book the
 * same way, and prints a Markdown table with the growth from 100 to 1,000 chapters and the targets.
 * A benchmark, not a test: it asserts nothing, and its times depend on the machine and its load.
 *
 *   node scripts/bench.ts [--sizes 10,100,1000] [--pdf-up-to 100] [--no-real] [--keep]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBook, type BookRun } from './bench/build-book.ts';
import { writeSyntheticBook } from './bench/synthetic-book.ts';
import { report } from './bench/table.ts';
import { readChapterFiles } from '../src/lib/content/chapter-files.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    'pdf-up-to': { type: 'string', default: '100' },
    'no-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const pdfUpTo = Number(values['pdf-up-to']);
const engine = process.cwd();
const temp = mkdtempSync(join(tmpdir(), 'bench-'));
const load = loadavg()[0]!.toFixed(1);
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

const runs: BookRun[] = [];
try {
  if (!values['no-real']) {
    log('building this project\'s own book (site and PDF)');
    runs.push(buildBook('this book', engine, readChapterFiles(engine).length, join(temp, 'real-dist'), engine, true));
  }
  for (const size of sizes) {
    const book = join(temp, `book-${size}`);
    mkdirSync(book);
    writeSyntheticBook(book, size);
    log(`building ${size} chapters (${size <= pdfUpTo ? 'site and PDF' : 'site only'})`);
    runs.push(buildBook(`synthetic ${size}`, book, size, join(book, 'dist'), engine, size <= pdfUpTo));
  }
  const context = `Measured on ${availableParallelism()} cores, load average ${load} at the start (other work shares the machine: `
    + 'CPU seconds vary less than wall seconds). Site = checks + Astro + search index + link check; peak = largest single process.';
  process.stdout.write(`${report(runs, context)}\n`);
} finally {
  if (values.keep) log(`kept the books and their sites in ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}
