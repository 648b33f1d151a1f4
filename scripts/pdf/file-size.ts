/**
 * The download links' sizes. The site is built before the PDFs exist, so each link is rendered with a
 * marker (`<span data-pdf-size="pdf/x.pdf">PDF</span>`) and this step, run after the PDFs are written,
 * fills in the real size of the file it names: "PDF, 1.2 MB".
 */

/** A file size as GOV.UK writes it beside a download: "820 KB", "1.2 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MARKER = /(<span\b[^>]*\bdata-pdf-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g;

/** The PDF paths named by size markers in a page. */
export const sizeMarkers = (html: string): string[] => [...html.matchAll(MARKER)].map((m) => m[2]!);

/** The page with each marker's text set to "PDF, <size>"; `sizeOf` gives a PDF path's size in bytes. */
export function fillSizes(html: string, sizeOf: (pdf: string) => number): string {
  return html.replace(MARKER, (_, open: string, pdf: string, close: string) => `${open}PDF, ${formatFileSize(sizeOf(pdf))}${close}`);
}
