/**
 * The engine names no book: its code (pages, components, plugins, libraries, build scripts and config)
 * holds none of the first book's title, subtitle, publisher, or chapter, stat, chart, study or
 * source ids. Everything book-specific is content (src/content/), data (data/) or its book.yaml.
 * Comments are set aside: a JSDoc example may quote the first book; code and messages may not, since
 * an editor of another book would see them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_BOOK_IDS, idPattern, namesOfFirstBook } from './first-book.ts';

const ENGINE = ['src', 'scripts', 'public', 'astro.config.mjs'];
const CODE = /\.(ts|mjs|js|astro|css|json|txt|svg)$|^_headers$/;

/** The engine's files: everything under ENGINE but the book's content and the unit tests' fixtures. */
function engineFiles(): string[] {
  return ENGINE.flatMap((part) =>
    part.includes('.')
      ? [part]
      : readdirSync(part, { recursive: true, encoding: 'utf8' }).map((f) => join(part, f).replaceAll('\\', '/')),
  ).filter((f) => CODE.test(f.split('/').at(-1)!) && !f.startsWith('src/content/') && !f.endsWith('.test.ts'));
}

/**
 * The text without comments: block, HTML and line comments (a `//` after white space or at a line start, so URLs stay).
 */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/(^|[\s;])\/\/.*$/gm, '$1');
}

describe('the engine names no book', () => {
  const files = engineFiles();

  it('reads the whole engine (pages, components, plugins, build scripts, config)', () => {
    for (const f of [
      'src/pages/index.astro',
      'src/components/Stat.astro',
      'src/book/markdown/remark-stats.ts',
      'scripts/build-site.ts',
      'astro.config.mjs',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.length).toBeGreaterThan(100);
  });

  it('finds a first-book id or title written in code, so it can fail', () => {
    const [stat] = FIRST_BOOK_IDS.stat!;
    expect(namesOfFirstBook(`getStat('${stat}')`)).toEqual([`stat "${stat}"`]);
    expect(namesOfFirstBook(withoutComments(`/** <Stat id="${stat}" /> */\nconst x = 1; // ${stat}`))).toEqual([]);
    expect(idPattern('funding').test(`chapterUrl('funding')`)).toBe(true);
    expect(idPattern('funding').test('the funding gap')).toBe(false);
  });

  it.each(files)('%s names nothing of the first book', (file) => {
    expect(namesOfFirstBook(withoutComments(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
