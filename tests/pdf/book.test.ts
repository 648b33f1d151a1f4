/** The whole book's PDF, read back as a reader's viewer reads it: pages, bookmarks, contents, text. */
import { describe, expect, it } from 'vitest';
import { formatStat } from '../../src/book/data/format.ts';
import { KEY_FINDINGS_PAGE } from '../../src/book/data/key-findings.ts';
import { BOOK_PDF, bookmarks, data, literal, openPdf, pageText, pdfBytes, siteChapters } from './read-book.ts';

const doc = await openPdf(pdfBytes(BOOK_PDF));
const marks = await bookmarks(doc);
const texts = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => pageText(doc, i + 1)));
const starts = siteChapters.map((c) => marks.find((m) => m.depth === 0 && m.title === c.title)?.page);
/** The last page of the i-th chapter. */
const end = (i: number): number => (i === siteChapters.length - 1 ? doc.numPages : starts[i + 1]! - 1);

describe('the whole book PDF', () => {
  it('has a sane number of pages: cover, contents, and at least a page for each chapter', () => {
    expect(siteChapters.length).toBeGreaterThan(0);
    expect(doc.numPages).toBeGreaterThanOrEqual(2 + siteChapters.length);
    expect(doc.numPages).toBeLessThan(2 + 30 * siteChapters.length);
  });

  it('bookmarks every chapter, in the order of the contents, with its exact title', () => {
    // The first is the cover's title; the key-findings page (an h1 of its own) is not a chapter.
    const chapterMarks = marks.filter((m) => m.depth === 0 && m.title !== KEY_FINDINGS_PAGE.title).slice(1);
    expect(chapterMarks.map((m) => m.title)).toEqual(siteChapters.map((c) => c.title));
  });

  it('titles each section bookmark exactly as the heading reads (no space lost where a heading wraps)', () => {
    const chapterHeadings = siteChapters.flatMap((c) =>
      c.doc.querySelectorAll('h2, h3, h4, h5, h6').map((h) => h.text.trim()),
    );
    const headings = new Set([...chapterHeadings, KEY_FINDINGS_PAGE.title]);
    const sections = marks.filter((m) => m.depth > 0 && m.title !== 'Contents');
    expect(sections.length).toBeGreaterThan(0);
    for (const m of sections) expect(headings, m.title).toContain(m.title);
  });

  it('starts each chapter on a new page that opens with its title', () => {
    starts.forEach((start, i) => {
      expect(start, siteChapters[i]!.title).toBeDefined();
      expect(texts[start! - 1], siteChapters[i]!.title).toContain(siteChapters[i]!.title);
      if (i > 0) expect(start!).toBeGreaterThan(starts[i - 1]!);
    });
  });

  it('never leaves a heading or a glossary term alone at the foot of a page', () => {
    siteChapters.forEach((chapter, i) => {
      const kept = chapter.doc
        .querySelectorAll('h2, h3, h4, .glossary dt')
        .map((el) => el.text.replace(/\s+/g, ' ').trim());
      for (let n = starts[i]!; n <= end(i); n++) {
        for (const heading of kept)
          expect(texts[n - 1]!.endsWith(` ${heading}`), `page ${n} ends with "${heading}"`).toBe(false);
      }
    });
  });

  it('prints in its contents the page each chapter really starts on', () => {
    const contents = texts.slice(1, starts[0]! - 1).join(' ');
    expect(contents).toMatch(new RegExp(`^${literal(data.book.title)} Contents \\d+ Contents `));
    siteChapters.forEach((chapter, i) => {
      expect(contents.match(new RegExp(`${literal(chapter.title)} (\\d+)`))?.[1], chapter.title).toBe(
        String(starts[i]),
      );
    });
  });

  it('has a key-findings page between the contents and the first chapter, with every finding in order', () => {
    const at = marks.find((m) => m.title === KEY_FINDINGS_PAGE.title)?.page;
    expect(at).toBeGreaterThan(2);
    expect(at).toBeLessThan(starts[0]!);
    const text = texts[at! - 1]!.replace(/\s+/g, ' ');
    expect(text).toMatch(
      new RegExp(`^${literal(data.book.title)} ${KEY_FINDINGS_PAGE.head} ${at} ${KEY_FINDINGS_PAGE.title} `),
    );
    let from = 0;
    for (const finding of data.keyFindings) {
      const stat = formatStat(data.stats.get(finding.stat)!);
      const card = `${stat[0]!.toUpperCase()}${stat.slice(1)} ${finding.meaning}`;
      const found = text.indexOf(card, from);
      expect(found, card).toBeGreaterThan(from - 1);
      from = found + card.length;
    }
  });

  it('contains every chapter title and every stat the site shows, as the site writes it', () => {
    const all = texts.join(' ');
    const ids = new Set(
      siteChapters.flatMap((c) => c.doc.querySelectorAll('[data-stat]').map((el) => el.getAttribute('data-stat')!)),
    );
    expect(ids.size).toBeGreaterThan(0);
    for (const c of siteChapters) expect(all).toContain(c.title);
    for (const id of ids) expect(all, id).toContain(formatStat(data.stats.get(id)!));
  });

  it('numbers its pages, and carries each chapter title as the running head of its pages', () => {
    siteChapters.forEach((chapter, i) => {
      for (let n = starts[i]!; n <= end(i); n++) {
        expect(texts[n - 1], `page ${n}`).toMatch(
          new RegExp(`^${literal(data.book.title)} ${literal(chapter.short)} ${n} `),
        );
      }
    });
  });
});
