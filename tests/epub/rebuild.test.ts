/**
 * Building the EPUB again from the same source gives the same bytes: no clock, no random id, the zip's
 * dates fixed to the edition's. A second whole build (`npx astro build`) gives the same EPUB; then the
 * EPUB step alone, run again on the print pages that build kept out of the site (.cache/print/), does too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { epubPath } from '../../src/lib/print/epub-file.ts';
import { printDir } from '../../src/integrations/staging.ts';
import { data, EPUB } from './read-epub.ts';

const temp = mkdtempSync(join(tmpdir(), 'book-epub-rebuild-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeAll(() => {
  const built = spawnSync('npx', ['astro', 'build', '--outDir', temp], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
}, 400_000);

describe('building the EPUB again', () => {
  it('gives byte-for-byte the same EPUB from a second whole build', () => {
    expect(Buffer.compare(readFileSync(join(temp, epubPath(data.book.title))), readFileSync(EPUB))).toBe(0);
  });

  it('gives byte-for-byte the same EPUB from the EPUB step alone, and removes the print pages it was made from', () => {
    cpSync(printDir(), join(temp, 'print'), { recursive: true });
    rmSync(join(temp, 'epub'), { recursive: true, force: true });
    const run = spawnSync(process.execPath, ['scripts/build-epub.ts', '--dist', temp], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(Buffer.compare(readFileSync(join(temp, epubPath(data.book.title))), readFileSync(EPUB))).toBe(0);
    expect(existsSync(join(temp, 'print'))).toBe(false);
  });

  it('says in one line what to do when there are no print pages to make it from', () => {
    const run = spawnSync(process.execPath, ['scripts/build-epub.ts', '--dist', temp], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`build-epub: ${join(temp, 'print')} holds no print pages: build the site, then the PDF with --keep-print, first.`]);
  });
});
