/** The search step's output in the built site: an index of exactly the chapters, and a search page. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST, page, pageForHref } from '../support/site.ts';

const chapters = page('index.html')
  .querySelectorAll('.contents a')
  .map((a) => pageForHref(a.getAttribute('href')!)!);

describe('search index', () => {
  it('marks the text of each chapter for indexing, and of no other page', () => {
    for (const path of builtPages()) {
      const marked = page(path).querySelectorAll('[data-pagefind-body]');
      if (chapters.includes(path))
        expect(
          marked.map((el) => el.tagName),
          path,
        ).toEqual(['ARTICLE']);
      else expect(marked, path).toHaveLength(0);
    }
  });

  it('holds every chapter page and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    const counts = Object.values(entry.languages as Record<string, { page_count: number }>).map((l) => l.page_count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(chapters.length);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('search page', () => {
  const search = page('search/index.html');

  it('is linked from the header of every page (but the embed pages, which have no header)', () => {
    for (const path of builtPages().filter((p) => !p.startsWith('embed/'))) {
      expect(page(path).querySelector(`header nav a[href="${BASE}search/"]`)?.text, path).toBe('Search');
    }
  });

  it('has a labelled search box, a polite live region and a list for results', () => {
    const input = search.querySelector('input[type="search"]')!;
    expect(search.querySelector(`label[for="${input.id}"]`)?.text).toMatch(/\S/);
    expect(search.querySelector('form[role="search"]')).not.toBeNull();
    expect(search.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    expect(search.querySelector('ol[aria-label="Search results"]')).not.toBeNull();
  });

  it(
    'without JavaScript shows a message and every chapter (the form stays hidden), chosen by ' +
      'CSS, not by the script',
    () => {
      // The page is laid out once as the reader sees it: nothing for a script to reveal or hide.
      const styles = search
        .querySelectorAll('style')
        .map((s) => s.text)
        .join('\n');
      expect(styles).toMatch(/@media \(scripting: ?none\)\{\.search\[[^\]]+\]\{display: ?none\}/);
      expect(styles).toMatch(
        /@media \(scripting: ?enabled\)\{\.search-fallback\[[^\]]+\]:not\([^)]+\)\{display: ?none\}/,
      );
      expect(search.querySelector('[data-search]')?.hasAttribute('hidden')).toBe(false);
      const fallback = search.querySelector('[data-search-fallback]')!;
      expect(fallback.hasAttribute('hidden')).toBe(false);
      expect(fallback.text).toContain('Search needs JavaScript');
      expect(fallback.querySelectorAll('.contents a')).toHaveLength(chapters.length);
    },
  );
});
