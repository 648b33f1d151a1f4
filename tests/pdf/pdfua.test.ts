/**
 * PDF/UA-1 by the rules: the project's checker (tests/pdfua/) passes on the whole book and every
 * chapter, and catches each rule it claims broken in a copy of a good PDF.
 */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { breakRule } from '../pdfua/broken.ts';
import { checkPdfUa } from '../pdfua/check.ts';
import { describeFailures, RULES, type Rule } from '../pdfua/rules.ts';
import { BLOCK, LINE, tagOrderText } from '../pdfua/tag-order.ts';
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

describe('text read in tag order, as a screen reader gets it', () => {
  // Each summary is set large under the chapter title and wraps over two or three lines.
  it.each(siteChapters.map((c) => [c.id, c] as const))(
    'reads the summary of %s word for word, with a space at each wrap',
    async (_, chapter) => {
      const doc = await PDFDocument.load(pdfBytes(chapter.pdf), { updateMetadata: false });
      const text = tagOrderText(doc);
      const summary = chapter.doc.querySelector('.lede')!.text.replace(/\s+/g, ' ').trim();
      expect(text.includes(LINE), 'the text has line wraps to test').toBe(true);
      // A soft hyphen (U+00AD, where Typst hyphenates at a wrap) is not read: the word is read whole.
      const blocks = text.replaceAll(LINE, '').replaceAll('\u00ad', '').split(BLOCK);
      expect(blocks.map((block) => block.replace(/\s+/g, ' ').trim())).toContain(summary);
    },
  );
});
