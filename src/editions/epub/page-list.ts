/**
 * The print edition's page numbers in the EPUB: a page-break marker exactly where each page of the
 * book's PDF begins, as the typesetter reports it (src/editions/print/page-starts.ts), so a reader of
 * either edition can cite the same page. The cover's page is marked at the start of the EPUB's cover,
 * the printed contents' at the start of its own contents.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import type { PageStart } from '../print/page-starts.ts';

/** An EPUB content document: its file name and its body's content. */
export interface ContentDocument {
  file: string;
  body: Root;
}
/** A page of the print edition and where it starts in the EPUB. */
export interface PageTarget {
  page: number;
  file: string;
  id: string;
}

/** A page-break marker, named by its number (a title: axe refuses aria-label on a span with this role). */
export const pageMarker = (page: number): Element =>
  h('span', { 'epub:type': 'pagebreak', role: 'doc-pagebreak', id: `page-${page}`, title: String(page) });

type Parent = Root | Element;
/** Units whose parent allows no span beside them (a list, a description list): the marker goes inside. */
const INSIDE = new Set(['li', 'dt', 'dd']);

/**
 * Marks every page of `starts` in the EPUB's documents and returns the page-list's targets. `partDoc`
 * gives the document a part of the print edition is in (the contents' part: the EPUB's own contents).
 */
export function markPages(
  starts: PageStart[],
  documents: ContentDocument[],
  partDoc: (part: string) => ContentDocument,
): PageTarget[] {
  const parents = new Map<ElementContent, { parent: Parent; doc: ContentDocument }>();
  const walk = (parent: Parent, doc: ContentDocument) => {
    for (const child of parent.children) {
      parents.set(child as ElementContent, { parent, doc });
      if (child.type === 'element') walk(child, doc);
    }
  };
  for (const doc of documents) walk(doc.body, doc);
  const where = (node: ElementContent) => {
    const found = parents.get(node);
    if (!found) throw new Error('a page of the print edition begins at a place the EPUB does not hold');
    return found;
  };
  // Last first: a marker put in never moves a place found for an earlier page (two in one text node included).
  const targets = [...starts].reverse().map((start): PageTarget => {
    const marker = pageMarker(start.page);
    const target = (doc: ContentDocument) => ({ page: start.page, file: doc.file, id: `page-${start.page}` });
    if ('part' in start) {
      const doc = partDoc(start.part);
      doc.body.children.unshift(marker);
      return target(doc);
    }
    if ('before' in start) {
      // Before the unit the page opens with; inside it where a span may not stand beside it (a list item, a term).
      const { parent, doc } = where(start.before);
      if (INSIDE.has(start.before.tagName)) start.before.children.unshift(marker);
      else parent.children.splice(parent.children.indexOf(start.before), 0, marker);
      return target(doc);
    }
    const { node, start: at } = start;
    const { parent, doc } = where(node);
    const after: Text = { type: 'text', value: node.value.slice(at) };
    node.value = node.value.slice(0, at);
    parent.children.splice(parent.children.indexOf(node) + 1, 0, marker as never, after as never);
    return target(doc);
  });
  return targets.reverse();
}
