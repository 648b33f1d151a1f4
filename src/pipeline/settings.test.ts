import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsFrom } from './run-build.ts';
import { bookSettings } from './settings.ts';

describe("a build's settings", () => {
  it("default to this folder's book, every edition, A4, published into the book's dist/", () => {
    expect(bookSettings()).toEqual({
      root: resolve('.'),
      out: resolve('dist'),
      editions: 'all',
      paper: 'a4',
      mode: 'publish',
      checked: false,
    });
  });

  it("come from npm run build's options, and another book publishes into its own dist/", () => {
    const settings = settingsFrom([
      '--book',
      'tests/fixtures/mini-book',
      '--site-only',
      '--paper',
      'Letter',
      '--check',
    ]);
    expect(settings).toMatchObject({ editions: 'site', paper: 'letter', mode: 'check', verbose: false });
    expect(settings.out).toBe(join(resolve('tests/fixtures/mini-book'), 'dist'));
  });

  it('refuse a paper the print edition has no size for, naming the setting and the fix', () => {
    expect(() => settingsFrom(['--paper', 'a5'])).toThrowErrorMatchingInlineSnapshot(`
      [BookError: the build's settings (field "paper"): there is no paper "a5".
        Fix: use "a4" or "letter" (npm run build -- --paper letter).]
    `);
  });

  it('refuse a folder that holds no book', () => {
    expect(() => settingsFrom(['--book', 'tests'])).toThrowErrorMatchingInlineSnapshot(`
      [BookError: tests (field "book"): there is no book in this folder: it has no data/book.yaml.
        Fix: name the folder that holds the book's data/ and src/content/chapters/ (npm run build -- --book tests/fixtures/mini-book).]
    `);
  });

  it('refuse an option npm run build does not take', () => {
    expect(() => settingsFrom(['--editions', 'site'])).toThrow(/Unknown option '--editions'/);
  });
});
