/**
 * The EPUB step: makes the eBook edition (EPUB 3) from the print edition's page and the book's PDF
 * (scripts/epub/make-epub.ts). The build runs it as an Astro integration (src/integrations/epub.ts),
 * after the PDF step; run alone, it also writes the EPUB's size into the site's download links and
 * removes the print pages, which were only ever the PDF's and the EPUB's source.
 *
 * An EPUB whose inputs have not changed since the last build comes from the cache (scripts/epub/epub-cache.ts).
 *
 * Usage: node scripts/build-epub.ts [--dist dist]   (after node scripts/build-pdf.ts --keep-print)
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bookRoot, getData } from '../src/lib/data/index.ts';
import { siteAddress } from '../src/lib/sharing/site-address.ts';
import { epubCache, epubKey } from './epub/epub-cache.ts';
import { makeEpub } from './epub/make-epub.ts';
import { fillDownloadSizes, formatFileSize } from './pdf/file-size.ts';

const PRINT = 'print';

/** Makes <dist>/epub/<book>.epub from the print pages and PDF in `dist`; returns the line to log. */
export async function buildEpub(dist: string, base = siteAddress().base): Promise<string> {
  const started = performance.now();
  if (!existsSync(join(dist, PRINT, 'index.html'))) {
    throw new Error(`${join(dist, PRINT)} holds no print pages: build the site, then the PDF with --keep-print, first.`);
  }
  const data = getData();
  const cache = epubCache(join(bookRoot(), '.cache', 'epub'));
  const key = epubKey(dist, data.book, base);
  const kept = cache.restore(key, dist);
  const epub = kept ?? await makeEpub(dist, data, base);
  if (!kept) cache.put(key, epub);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${epub.path}: ${epub.chapters} chapters, ${epub.pages} print pages listed, ${formatFileSize(epub.bytes.byteLength)} in ${seconds} s${kept ? ' (from the cache)' : ''}`;
}

if (import.meta.main) {
  try {
    const dist = resolve(parseArgs({ options: { dist: { type: 'string', default: 'dist' } } }).values.dist);
    const done = await buildEpub(dist);
    rmSync(join(dist, PRINT), { recursive: true, force: true });
    fillDownloadSizes(dist, 'epub');
    console.log(`build-epub: ${done}`);
  } catch (error) {
    console.error(`build-epub: ${(error as Error).message ?? error}`);
    process.exit(1);
  }
}
