/**
 * The PDF step of `npm run build`, run after the site is built: prints every print page in the built
 * site (the whole book at print/, each chapter at print/<id>/) to a tagged, bookmarked PDF with
 * Chromium, finishes it with pdf-lib, writes the download sizes into the site's pages, then removes
 * the print pages, which were only ever the PDFs' source.
 *
 * Usage: node scripts/build-pdf.ts [--dist dist] [--paper a4|letter] [--keep-print]   (or PDF_PAPER=letter)
 */
import { existsSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser, PdfStepError } from './pdf/browser.ts';
import { printWithContents } from './pdf/contents-pages.ts';
import { fillDownloadSizes, formatFileSize } from './pdf/file-size.ts';
import { finishPdf } from './pdf/finish.ts';
import { openPrintPage, PAPERS, readFacts, type Paper } from './pdf/print-page.ts';
import { serveSite } from './pdf/serve.ts';
import { siteAddress } from '../src/lib/sharing/site-address.ts';

const PRINT = 'print';

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, paper: { type: 'string' }, 'keep-print': { type: 'boolean' } } });
  const dist = resolve(values.dist);
  const paper = (values.paper ?? process.env.PDF_PAPER ?? 'a4').toLowerCase();
  if (!(paper in PAPERS)) throw new PdfStepError(`unknown paper "${paper}": use --paper a4 or --paper letter.`);
  if (!existsSync(join(dist, PRINT, 'index.html'))) {
    throw new PdfStepError(`${join(dist, PRINT)} holds no print pages: build the site first (npx astro build).`);
  }

  // The book first, then each chapter, in the order of the folders (each is independent).
  const chapters = readdirSync(join(dist, PRINT), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const paths = [`${PRINT}/`, ...chapters.map((id) => `${PRINT}/${id}/`)];
  const server = await serveSite(dist, siteAddress().base);
  const browser = await launchBrowser();
  const made = new Map<string, number>();
  const makePdf = async (path: string) => {
    const page = await openPrintPage(browser, server.root, server.root + path, paper as Paper);
    const facts = await readFacts(page);
    const pdf = await finishPdf(await printWithContents(page), facts);
    await page.close();
    mkdirSync(dirname(join(dist, facts.pdf)), { recursive: true });
    writeFileSync(join(dist, facts.pdf), pdf);
    made.set(facts.pdf, pdf.byteLength);
    const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    console.log(`build-pdf: ${facts.pdf}: ${pages} pages, ${formatFileSize(pdf.byteLength)}`);
  };
  // Two pages print at once: Chromium lays out one while Node finishes the other.
  const queue = [...paths];
  const worker = async () => { for (let path = queue.shift(); path; path = queue.shift()) await makePdf(path); };
  try {
    await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  // The EPUB step reads the print pages too: it asks to keep them, and removes them itself.
  if (!values['keep-print']) rmSync(join(dist, PRINT), { recursive: true, force: true });
  fillDownloadSizes(dist, 'pdf');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-pdf: ${made.size} PDFs on ${PAPERS[paper as Paper].size} paper in ${seconds} s`);
}

main().catch((error: unknown) => {
  if (error instanceof PdfStepError) console.error(`build-pdf: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
