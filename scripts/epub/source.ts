/**
 * The EPUB's source: the print edition's whole-book page (print/index.html in the built site), the same
 * HTML the book's PDF was printed from. Its cover and each chapter's article are taken as they are, so
 * the EPUB holds no text of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

export interface SourceChapter {
  id: string;
  /** The chapter's h1. */
  title: string;
  /** "front", "chapter" or "back", from the print edition's class. */
  kind: string;
  /** The section headings (h2) with their ids, for the contents. */
  sections: { id: string; title: string }[];
  article: Element;
}

export interface EpubSource {
  lang: string;
  cover: Element;
  /** The printed contents, if the print edition has one (the EPUB has its own, in the nav document). */
  printedContents?: Element;
  chapters: SourceChapter[];
  /** The cover, the printed contents and the chapters' articles, in the print edition's order. */
  order: Element[];
}

/** The print edition's page, read from `dist`. */
export function readSource(dist: string): EpubSource {
  const file = join(dist, 'print', 'index.html');
  const tree: Root = fromHtml(readFileSync(file, 'utf8'));
  const lang = select('html', tree)?.properties.lang;
  const top = (select('main', tree)?.children ?? []).filter((el): el is Element => el.type === 'element');
  // The printed contents (its page numbers are the PDF's, written in as it is printed): the EPUB has its own.
  const printedContents = (el: Element) => !!select('[data-toc-page]', el);
  const cover = select('.print-cover', tree) ?? top.find((el) => !el.properties.dataChapter && !printedContents(el));
  if (typeof lang !== 'string' || !cover) throw new Error(`${file} has no language or no cover: is it the print edition's page?`);
  const text = (el: Element | undefined) => (el ? toString(el).replace(/\s+/g, ' ').trim() : '');
  // Every part of the print edition in its order, but the cover and the printed contents (the EPUB has
  // its own): the chapters, and any other part (a section the print edition adds) as a chapter of its own.
  const parts = top.filter((el) => el !== cover && !printedContents(el));
  const chapters = parts.map((article, i) => {
    const kind = (article.properties.className as string[] | undefined)?.find((c) => c.startsWith('print-chapter--'))?.slice(15);
    const firstChapter = parts.findIndex((p) => p.properties.dataChapter);
    return {
      id: String(article.properties.dataChapter ?? article.properties.id ?? `part-${i + 1}`),
      title: text(select('h1, h2', article)),
      kind: kind ?? (firstChapter < 0 || i < firstChapter ? 'front' : 'back'),
      sections: selectAll('h2[id]', article).filter((h2) => !select('.chapter-sources', article)?.children.includes(h2))
        .map((h2) => ({ id: String(h2.properties.id), title: text(h2) })),
      article,
    };
  });
  if (!chapters.length) throw new Error(`${file} holds no chapter.`);
  return { lang, cover, printedContents: top.find(printedContents), chapters, order: top };
}
