/**
 * PDF/UA-1 by the rules: the project's checker (tests/pdfua/) passes on the whole book and every
 * chapter, and catches each rule it claims broken in a copy of a good PDF.
 */
import { describe, expect, it } from 'vitest';
import { breakRule } from '../pdfua/broken.ts';
import { checkPdfUa, describeFailures, RULES, type Rule } from '../pdfua/check.ts';
import { BOOK_PDF, pdfBytes, siteChapters } from './read-book.ts';

const pdfs = [BOOK_PDF, ...siteChapters.map((c) => c.pdf)];

describe('the PDF/UA-1 checker', () => {
  it.each(pdfs)('passes %s', async (pdf) => {
    const failures = await checkPdfUa(pdfBytes(pdf));
    expect(failures, describeFailures(failures)).toEqual([]);
  });

  // A chapter with a chart, links and lists: every rule has something to break in it.
  const good = pdfBytes(siteChapters.find((c) => c.id === 'legacy-systems')?.pdf ?? siteChapters[0]!.pdf);
  it.each(Object.keys(RULES) as Rule[])('catches a PDF that breaks %s, and names only that rule', async (rule) => {
    const failures = await checkPdfUa(await breakRule(good, rule));
    expect(failures.length, `${RULES[rule]}: not caught`).toBeGreaterThan(0);
    expect([...new Set(failures.map((f) => f.rule))], describeFailures(failures)).toEqual([rule]);
  });
});
