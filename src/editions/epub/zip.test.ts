import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEpub } from './zip.ts';

describe('the EPUB container', () => {
  const entries = [
    { path: 'package.opf', content: '<package/>' },
    { path: 'a.xhtml', content: 'x'.repeat(500) },
  ];
  const zip = zipEpub(entries, '2025-02-27');

  it('opens with the mimetype, stored uncompressed, as OCF requires', () => {
    const bytes = Buffer.from(zip);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
  });

  it("holds the container file and the book's files under EPUB/", () => {
    expect(Object.keys(unzipSync(zip))).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'EPUB/package.opf',
      'EPUB/a.xhtml',
    ]);
  });

  it('gives the same bytes every time, dated by the edition, not the clock', () => {
    expect(Buffer.compare(Buffer.from(zipEpub(entries, '2025-02-27')), Buffer.from(zip))).toBe(0);
    expect(Buffer.compare(Buffer.from(zipEpub(entries, '2025-02-28')), Buffer.from(zip))).not.toBe(0);
  });
});
