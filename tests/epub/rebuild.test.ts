/**
 * Building the EPUB again from the same source gives the same bytes: no clock, no random id, the zip's
 * dates fixed to the edition's. A second whole build (`npx astro build`) gives the same EPUB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { data, EPUB } from './read-epub.ts';
import { paths } from '../../src/book/routes.ts';

const temp = mkdtempSync(join(tmpdir(), 'book-epub-rebuild-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeAll(() => {
  const built = spawnSync('npx', ['astro', 'build', '--outDir', temp], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
}, 400_000);

describe('building the EPUB again', () => {
  it('gives byte-for-byte the same EPUB from a second whole build', () => {
    expect(Buffer.compare(readFileSync(join(temp, paths.epub(data.book.title))), readFileSync(EPUB))).toBe(0);
  });
});
