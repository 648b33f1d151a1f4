/** A throwaway copy of the book for tests that make an editor's mistake without touching the real one. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempBook {
  root: string;
  /** Replaces `from` with `to` in a file of the copy (fails loudly if `from` is absent). */
  edit(file: string, from: string | RegExp, to: string): void;
  write(file: string, text: string): void;
}

/** The small second book under tests/fixtures, whose files' line numbers stay put. */
export const MINI_BOOK = join(process.cwd(), 'tests/fixtures/mini-book');

/** Copies `parts` (default: data/) of a book (default: the mini book) into a fresh temporary folder. */
export function tempBook(parts: string[] = ['data'], from = MINI_BOOK): TempBook {
  const root = mkdtempSync(join(tmpdir(), 'book-'));
  for (const part of parts) cpSync(join(from, part), join(root, part), { recursive: true });
  return {
    root,
    edit(file, from, to) {
      const path = join(root, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
      writeFileSync(path, next);
    },
    write(file, text) {
      writeFileSync(join(root, file), text);
    },
  };
}
