/**
 * The download links' sizes. The site is built before the PDFs and the EPUB exist, so each link is
 * rendered with a marker (`<span data-pdf-size="pdf/x.pdf">PDF</span>`, `data-epub-size` for the EPUB)
 * and the step that writes the file fills in its real size: "PDF, 1.2 MB".
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFileSize } from './file-size.ts';
export { formatFileSize };

/** The kinds of download whose size a marker asks for. */
export type DownloadKind = 'pdf' | 'epub';

const marker = (kind: DownloadKind) => new RegExp(`(<span\\b[^>]*\\bdata-${kind}-size="([^"]+)"[^>]*>)[^<]*(<\\/span>)`, 'g');

/** The files of `kind` named by size markers in a page. */
export const sizeMarkers = (html: string, kind: DownloadKind = 'pdf'): string[] => [...html.matchAll(marker(kind))].map((m) => m[2]!);

/** The page with each marker's text set to "PDF, <size>" (or "EPUB, …"); `sizeOf` gives a file's size in bytes. */
export function fillSizes(html: string, sizeOf: (file: string) => number, kind: DownloadKind = 'pdf'): string {
  return html.replace(marker(kind), (_, open: string, file: string, close: string) => `${open}${kind.toUpperCase()}, ${formatFileSize(sizeOf(file))}${close}`);
}

/** Writes the real size of each file of `kind` into the download links of the site's pages in `dist`. */
export function fillDownloadSizes(dist: string, kind: DownloadKind): void {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    if (sizeMarkers(html, kind).length === 0) continue;
    writeFileSync(join(dist, page), fillSizes(html, (file) => {
      if (!existsSync(join(dist, file))) throw new Error(`${page} links to ${file}, which the ${kind.toUpperCase()} step did not make.`);
      return statSync(join(dist, file)).size;
    }, kind));
  }
}
