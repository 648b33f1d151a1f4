import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { preflight } from '../integrations/quick-checks.ts';
import { writeSyntheticBook } from './synthetic-book.ts';

const root = mkdtempSync(join(tmpdir(), 'synthetic-book-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The benchmark only measures something if its books pass every check a real book must pass.
it("writes a book that passes the build's checks, with three charts per chapter", () => {
  const book = writeSyntheticBook(root, 3);
  const checked = preflight(book);
  expect(checked.chapters).toBe(3);
  expect(checked.charts).toBe(9);
});
