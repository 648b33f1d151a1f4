/**
 * The PDF step of the build, run after the site is built: prints every print page in the built site
 * (the whole book at print/, each chapter at print/<id>/) to a tagged, bookmarked PDF with Chromium,
 * finishes it with pdf-lib, writes the download sizes into the site's pages, then removes the print
 * pages, which were only ever the PDFs' source. A PDF whose inputs have not changed since a build that
 * printed it comes from the cache (scripts/pdf/pdf-cache.ts) without starting the browser.
 *
 * Usage: node scripts/build-pdf.ts [--dist dist] [--paper a4|letter] [--keep-print] [--cache dir]   (or PDF_PAPER=letter)
 * or, from another script: `await buildPdfs({ dist, paper, keepPrint })`.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bookRoot } from '../src/lib/data/index.ts';
import { PdfStepError } from './pdf/browser.ts';
import { fillDownloadSizes, formatFileSize } from './pdf/file-size.ts';
import { pageInputs, pdfCache, sharedInputs, type CachedFacts } from './pdf/pdf-cache.ts';
import { PAPERS, type Paper } from './pdf/papers.ts';
import { basePath } from './pdf/serve.ts';

const PRINT = 'print';

export interface PdfStepOptions {
  /** The built site, holding the print pages at print/. */
  dist: string;
  /** Default: PDF_PAPER, else A4. */
  paper?: string;
  /** Leave the print pages in place (the EPUB step reads them, then removes them). */
  keepPrint?: boolean;
  /** Where finished PDFs are kept between builds (default: the book's .cache/pdf/). */
  cacheDir?: string;
  log?: (line: string) => void;
}

/** What the step made: each PDF's site path with its bytes and pages, and how many were printed. */
export interface PdfStepResult { pdfs: CachedFacts[]; printed: number; fromCache: number; seconds: number }

/** Makes every PDF of the built site at `dist` (see the file's comment). */
export async function buildPdfs(options: PdfStepOptions): Promise<PdfStepResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(`build-pdf: ${line}`));
  const dist = resolve(options.dist);
  const paper = (options.paper ?? process.env.PDF_PAPER ?? 'a4').toLowerCase();
  if (!(paper in PAPERS)) throw new PdfStepError(`unknown paper "${paper}": use --paper a4 or --paper letter.`);
  if (!existsSync(join(dist, PRINT, 'index.html'))) {
    throw new PdfStepError(`${join(dist, PRINT)} holds no print pages: build the site first (npx astro build).`);
  }
  const base = basePath();

  // The book first (the longest to print), then each chapter, in the order of the folders.
  const chapters = readdirSync(join(dist, PRINT), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const paths = [`${PRINT}/`, ...chapters.map((id) => `${PRINT}/${id}/`)];
  const cache = pdfCache(options.cacheDir ?? join(bookRoot(), '.cache', 'pdf'), paper);
  const shared = sharedInputs(paper);
  const made: CachedFacts[] = [];
  const write = (bytes: Uint8Array, facts: CachedFacts) => {
    mkdirSync(dirname(join(dist, facts.pdf)), { recursive: true });
    writeFileSync(join(dist, facts.pdf), bytes);
    made.push(facts);
    log(`${facts.pdf}: ${facts.pages} pages, ${formatFileSize(bytes.byteLength)}`);
  };

  const toPrint: { path: string; key: string }[] = [];
  for (const path of paths) {
    const key = pageInputs(dist, base, path, shared);
    const kept = cache.get(key);
    if (kept) write(kept.bytes, kept.facts);
    else toPrint.push({ path, key });
  }
  const fromCache = made.length;
  // The browser, pdf-lib and pdf.js load only when something is to be printed.
  if (toPrint.length > 0) await (await import('./pdf/print-all.ts')).printAll({ dist, base, paper: paper as Paper, jobs: toPrint, cache, log, write });

  cache.prune();
  if (!options.keepPrint) rmSync(join(dist, PRINT), { recursive: true, force: true });
  fillDownloadSizes(dist, 'pdf');
  const seconds = (performance.now() - started) / 1000;
  log(`${made.length} PDFs on ${PAPERS[paper as Paper].size} paper in ${seconds.toFixed(1)} s: `
    + `${toPrint.length} printed, ${fromCache} from the cache`);
  return { pdfs: made, printed: toPrint.length, fromCache, seconds };
}

/** The CLI: node scripts/build-pdf.ts --dist <dir> [--keep-print] [--paper a4|letter]. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, paper: { type: 'string' }, 'keep-print': { type: 'boolean' }, cache: { type: 'string' } } });
  await buildPdfs({ dist: values.dist, paper: values.paper, keepPrint: values['keep-print'], cacheDir: values.cache });
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    if (error instanceof PdfStepError) console.error(`build-pdf: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
