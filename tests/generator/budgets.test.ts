/**
 * Budgets a reader feels, checked on the built book (deterministic sizes, not times): a chapter page
 * with its charts, all in (HTML, CSS, fonts, images), is at most 40 KB gzip-compressed and needs no
 * JavaScript to read; the whole-book PDF is at most 3 MB.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOOK_PDF } from '../pdf/read-book.ts';
import { BASE, builtPages, DIST, page } from '../support/site.ts';
import { weighPage } from '../../src/pipeline/harness/page-weight.ts';

const CHAPTER_PAGE_GZIP = 40_000;
const BOOK_PDF_BYTES = 3_000_000;

const chapterPages = builtPages().filter((p) => page(p).querySelector('article[data-chapter]'));
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

describe('budgets', () => {
  it('finds every chapter page of the book', () => {
    expect(chapterPages.length).toBeGreaterThanOrEqual(10);
    expect(chapterPages.filter((p) => page(p).querySelector('figure.chart')).length).toBeGreaterThan(3);
  });

  it.each(chapterPages)(
    `%s weighs at most ${kb(CHAPTER_PAGE_GZIP)} gzip-compressed, all in, and runs no JavaScript`,
    (path) => {
      const weight = weighPage(DIST, path, BASE);
      expect(weight.missing, 'files the page names that are not built').toEqual([]);
      const breakdown = [...weight.files].map(([f, b]) => `${f} ${kb(b)}`).join(', ');
      expect(weight.total, breakdown).toBeLessThanOrEqual(CHAPTER_PAGE_GZIP);
      expect(weight.script).toBe(0);
    },
  );

  it(`the whole-book PDF is at most ${BOOK_PDF_BYTES / 1e6} MB`, () => {
    expect(statSync(join(DIST, BOOK_PDF)).size).toBeLessThanOrEqual(BOOK_PDF_BYTES);
  });
});

describe('weighing a page', () => {
  const dist = mkdtempSync(join(tmpdir(), 'weigh-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), text);
  };

  it('counts the stylesheets, the fonts they name and the images, and the scripts apart from JSON-LD', () => {
    write(
      'a/index.html',
      '<link rel="stylesheet" href="/s.css"><link rel="icon" href="../i.svg"><img src="p.png" alt="">' +
        '<script type="application/ld+json">{"@type":"Book"}</script><script>alert(1)</script><script src="/x.js"></script>' +
        '<style>@font-face{src:url(/f.woff2)}</style><a href="https://example.org/">out</a>',
    );
    write('s.css', 'body{background:url("/b.png")}');
    for (const f of ['i.svg', 'a/p.png', 'b.png', 'f.woff2']) write(f, 'x'.repeat(100));
    write('x.js', 'console.log(1);');
    const weight = weighPage(dist, 'a/index.html');
    expect([...weight.files.keys()].sort()).toEqual(['a/index.html', 'a/p.png', 'b.png', 'f.woff2', 'i.svg', 's.css']);
    expect(weight.script).toBe('alert(1)'.length + 'console.log(1);'.length);
    expect(weight.total).toBe([...weight.files.values()].reduce((a, b) => a + b));
    expect(weight.missing).toEqual([]);
  });

  it('weighs a page under its base path, and lists what it names outside it as missing', () => {
    write('r/a/index.html', '<link rel="icon" href="/r/i.svg"><img src="/b.png" alt="">');
    write('r/i.svg', 'x'.repeat(100));
    const weight = weighPage(join(dist, 'r'), 'a/index.html', '/r/');
    expect([...weight.files.keys()]).toEqual(['a/index.html', 'i.svg']);
    expect(weight.missing).toEqual(['-/b.png']);
  });
});
