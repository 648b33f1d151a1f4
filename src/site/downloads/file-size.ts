/** The one way a download's size is written beside its link: the chart files, the data files, the PDFs and the EPUB. */

/** A file size as GOV.UK writes it beside a download: "820 KB", "1.2 MB" (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
}
