/**
 * The download links' sizes. The pages are rendered before the files they offer exist (the PDFs, the
 * EPUB, the charts' PNGs), so each link is rendered with a marker (`<span data-pdf-size="pdf/x.pdf">PDF</span>`,
 * `data-epub-size` for the EPUB, `data-png-size` for a chart's PNG) and, once the files are made, one pass
 * over the pages fills in their real sizes: "PDF, 1.2 MB".
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFileSize } from './file-size.ts';
export { formatFileSize };

/** The kinds of download whose size a marker asks for, each with the words before its size. */
const LABELS = { pdf: 'PDF', epub: 'EPUB', png: 'PNG for slides' } as const;
export type DownloadKind = keyof typeof LABELS;

const marker = (kind: DownloadKind) =>
  new RegExp(`(<span\\b[^>]*\\bdata-${kind}-size="([^"]+)"[^>]*>)[^<]*(<\\/span>)`, 'g');

/** The files of `kind` named by size markers in a page. */
export const sizeMarkers = (html: string, kind: DownloadKind = 'pdf'): string[] =>
  [...html.matchAll(marker(kind))].map((m) => m[2]!);

/** The page with each marker's text set to "PDF, <size>" (or "EPUB, …"); `sizeOf` gives a file's size in bytes. */
export function fillSizes(html: string, sizeOf: (file: string) => number, kind: DownloadKind = 'pdf'): string {
  return html.replace(
    marker(kind),
    (_, open: string, file: string, close: string) => `${open}${LABELS[kind]}, ${formatFileSize(sizeOf(file))}${close}`,
  );
}

/** Writes the real size of each file of `kinds` into the download links of the site's pages in `dist`, in one pass. */
export function fillDownloadSizes(dist: string, kinds: readonly DownloadKind[]): void {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const html = readFileSync(join(dist, page), 'utf8');
    if (!html.includes('-size="')) continue;
    const filled = kinds.reduce(
      (text, kind) =>
        fillSizes(
          text,
          (file) => {
            if (!existsSync(join(dist, file)))
              throw new Error(`${page} links to ${file}, which the build did not make.`);
            return statSync(join(dist, file)).size;
          },
          kind,
        ),
      html,
    );
    if (filled !== html) writeFileSync(join(dist, page), filled);
  }
}
