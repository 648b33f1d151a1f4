/**
 * The EPUB's container (OCF): a zip whose first entry is `mimetype`, stored uncompressed, so a reading
 * system can recognise the file from its first bytes. Every entry carries the edition's date, so the
 * same book gives the same bytes.
 */
import { zipSync, type Zippable } from 'fflate';

/** One file of the book: its path inside the container and its content. */
export interface EpubEntry {
  path: string;
  content: string | Uint8Array;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** The zipped EPUB: mimetype first, then META-INF/container.xml pointing at EPUB/package.opf, then `entries`. */
export function zipEpub(entries: EpubEntry[], date: string): Uint8Array {
  // A zip stores local time with no zone: noon of the edition's date in the local zone is written as
  // 12:00 of that date on every machine, whatever its time zone.
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12);
  const bytes = (content: string | Uint8Array) =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const files: Zippable = { mimetype: [bytes('application/epub+zip'), { level: 0, mtime }] };
  files['META-INF/container.xml'] = [bytes(CONTAINER), { level: 9, mtime }];
  for (const { path, content } of entries) files[`EPUB/${path}`] = [bytes(content), { level: 9, mtime }];
  return zipSync(files);
}
