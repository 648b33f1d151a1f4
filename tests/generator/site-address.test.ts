/**
 * The book builds under the path of its data/book.yaml `url` (a sub-path here; the second book, built at
 * a root address, is checked the same way in second-book.test.ts), and everything in it agrees.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { siteAddress } from '../../src/book/routes.ts';
import { DIST, page } from '../support/site.ts';
import { addressProblems } from './address-check.ts';

const { book } = loadData(process.cwd());
const { base, origin } = siteAddress(book.url);

describe('the book, built under its sub-path', () => {
  it('is addressed under a sub-path, and its links go through it', () => {
    expect(base).not.toBe('/');
    expect(page('index.html').querySelector('.contents a')?.getAttribute('href')).toMatch(new RegExp(`^${base}[a-z]`));
  });

  it('resolves every internal link, and names each page as its own canonical', () => {
    expect(addressProblems(DIST, book.url)).toEqual([]);
  });

  it('is caught when checked against another address (the check can fail)', () => {
    const problems = addressProblems(DIST, `${origin}/`);
    expect(problems).toContain(`index.html: canonical is ${book.url}, not ${origin}/`);
    expect(problems.filter((p) => p.includes('leads nowhere')).length).toBeGreaterThan(10);
  });
});
