/**
 * The book index reads each chapter once per build: the checks before Astro, the remark plugins, the
 * chart numbers and Astro's own MDX compile all use that one parse (BOOK_PARSE_LOG lists every parse).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { copiesForThisFile } from './project-copy.ts';

const copy = copiesForThisFile();

it('parses each chapter once in a whole build', async () => {
  const book = copy();
  const log = join(book.root, 'parses.log');
  process.env.BOOK_PARSE_LOG = log;
  const result = await book.build('--check');
  delete process.env.BOOK_PARSE_LOG;
  expect(result.code, result.stderr).toBe(0);
  const chapters = readdirSync(join(book.root, 'src/content/chapters'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(book.root, 'src/content/chapters', f));
  const parsed = readFileSync(log, 'utf8').trim().split('\n');
  expect(parsed.sort()).toEqual(chapters.sort());
});
