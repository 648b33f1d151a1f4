/**
 * The EPUB step of `npm run build`, run after the PDF step: makes the eBook edition (EPUB 3) from the
 * print edition's page and the book's PDF (scripts/epub/make-epub.ts), writes its size into the site's
 * download links, then removes the print pages, which were only ever the PDF's and the EPUB's source.
 *
 * Usage: node scripts/build-epub.ts [--dist dist]   (after node scripts/build-pdf.ts --keep-print)
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getData } from '../src/lib/data/index.ts';
import { siteAddress } from '../src/lib/sharing/site-address.ts';
import { makeEpub } from './epub/make-epub.ts';
import { fillDownloadSizes, formatFileSize } from './pdf/file-size.ts';

const PRINT = 'print';

async function main(): Promise<void> {
  const started = performance.now();
  const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, PRINT, 'index.html'))) {
    throw new Error(`${join(dist, PRINT)} holds no print pages: build the site, then the PDF with --keep-print, first.`);
  }
  const epub = await makeEpub(dist, getData(), siteAddress().base);
  rmSync(join(dist, PRINT), { recursive: true, force: true });
  fillDownloadSizes(dist, 'epub');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-epub: ${epub.path}: ${epub.chapters} chapters, ${epub.pages} print pages listed, ${formatFileSize(epub.bytes.byteLength)} in ${seconds} s`);
}

main().catch((error: unknown) => {
  console.error(`build-epub: ${(error as Error).message ?? error}`);
  process.exit(1);
});
