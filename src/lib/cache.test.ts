import { mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachePath, readEntry, writeEntry } from './cache.ts';

const book = mkdtempSync(join(tmpdir(), 'cache-'));
afterAll(() => rmSync(book, { recursive: true, force: true }));

/** An entry written as a build writes it, then `damage` done to it; what reading it gives, and what was said. */
function readAfter(name: string, damage: (entry: string) => void) {
  const entry = cachePath(book, 'pictures', name);
  writeEntry(entry, Buffer.from('a picture, as it was drawn'));
  damage(entry);
  const report = vi.fn();
  return { bytes: readEntry(entry, report)?.toString(), said: report.mock.calls.map(([, why]) => String(why)) };
}

describe('a cache entry', () => {
  it('reads back as written', () => {
    expect(readAfter('good', () => {})).toEqual({ bytes: 'a picture, as it was drawn', said: [] });
  });

  it('is a plain miss when it was never made', () => {
    const report = vi.fn();
    expect(readEntry(cachePath(book, 'pictures', 'never'), report)).toBeUndefined();
    expect(report).not.toHaveBeenCalled();
  });

  it.each([
    ['cut short', (entry: string) => truncateSync(entry, 5), 'digest does not match'],
    [
      'with one bit flipped',
      (entry: string) => {
        const bytes = readFileSync(entry);
        bytes[3]! ^= 1;
        writeFileSync(entry, bytes);
      },
      'digest does not match',
    ],
    [
      'without its digest (its writing stopped between the two files)',
      (entry: string) => unlinkSync(`${entry}.sha256`),
      'no digest',
    ],
  ])('is a miss, said once, when %s', (name, damage, why) => {
    const { bytes, said } = readAfter(name.replace(/\W+/g, '-'), damage);
    expect(bytes).toBeUndefined();
    expect(said).toEqual([expect.stringContaining(why)]);
  });
});
