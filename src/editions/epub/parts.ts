/**
 * The EPUB's parts, taken from the book's document trees (src/editions/document/), the source the
 * print edition is set from too: the cover, then the key findings and each chapter as a content
 * document of its own, with the headings its contents list shows.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { BookDocument } from '../document/book-tree.ts';

export interface EpubPart {
  /**
   * The chapter's id (or the key findings' anchor): its file is `<id>.xhtml`, and the print edition's part of the same
   * name.
   */
  id: string;
  /** The part's h1. */
  title: string;
  /** "front", "chapter" or "back". */
  kind: string;
  /** The section headings (h2) with their ids, for the contents. */
  sections: { id: string; title: string }[];
  article: Element;
}

const text = (el: Element | undefined) => (el ? toString(el).replace(/\s+/g, ' ').trim() : '');

/** The key findings (front matter) and the chapters, in the book's order. */
export function epubParts(doc: BookDocument): EpubPart[] {
  const sections = (article: Element) =>
    selectAll('h2[id]', article)
      .filter((h2) => !select('.chapter-sources', article)?.children.includes(h2))
      .map((h2) => ({ id: String(h2.properties.id), title: text(h2) }));
  const findings = doc.keyFindings
    ? [
        {
          id: String(doc.keyFindings.properties.id),
          title: text(select('h1', doc.keyFindings)),
          kind: 'front',
          sections: [],
          article: doc.keyFindings,
        },
      ]
    : [];
  return [
    ...findings,
    ...doc.chapters.map(({ chapter, article }) => ({
      id: chapter.id,
      title: chapter.data.title,
      kind: chapter.data.kind,
      sections: sections(article),
      article,
    })),
  ];
}

/**
 * A copy of the book's trees to change (the EPUB marks pages and rewrites links in it): the print edition keeps its
 * own.
 */
export const copyTrees = (doc: BookDocument): BookDocument => ({
  ...doc,
  cover: structuredClone(doc.cover),
  keyFindings: doc.keyFindings && structuredClone(doc.keyFindings),
  chapters: doc.chapters.map((c) => ({ ...c, article: structuredClone(c.article) })),
});
