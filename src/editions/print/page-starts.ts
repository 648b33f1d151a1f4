/**
 * Where each page of the book's PDF begins, in the book's document trees: the EPUB's page-list puts a
 * page-break marker at exactly that place. Typst sets the book once more with an invisible marker
 * after every word and in every chart (the layout is the same: a marker takes no room), and says on
 * which page each landed. A page begins with the part that starts on it (the cover, the contents, the
 * key findings, a chapter), else at its first word, or at the chart it opens with. Nothing is read back
 * from the PDF, and no text is matched.
 */
import type { BookDocument } from '../document/book-tree.ts';
import type { Paper } from './papers.ts';
import { bookSource, type MarkerPlace } from './print-source.ts';
import { query, typeset } from './typeset.ts';

/** Where a page begins: at the start of a part of the book, or at a word or chart inside one. */
export type PageStart = { page: number; part: string } | { page: number; place: MarkerPlace };

/** The part id of the cover, which has no running head. */
export const COVER_PART = 'cover';

const PAGES_QUERY = '#context [#metadata((words: query(<w>).map(m => (m.value, m.location().page())), '
  + 'parts: query(<running-head>).map(m => (m.value.part, m.location().page())))) <pages>]';

export function pageStarts(doc: BookDocument, paper: Paper): PageStart[] {
  const markers: MarkerPlace[] = [];
  const source = bookSource(doc, { paper, markers });
  const laid = typeset({ ...source, main: `${source.main}\n\n${PAGES_QUERY}` });
  const { value } = query<{ value: { words: [number, number][]; parts: [string, number][] } }>(laid, '<pages>')[0]!;
  const firstWord = new Map<number, number>();
  for (const [marker, page] of value.words) if (!firstWord.has(page)) firstWord.set(page, marker);
  const partOn = new Map<number, string>();
  for (const [part, page] of value.parts) if (!partOn.has(page)) partOn.set(page, part);
  let part = COVER_PART;
  return Array.from({ length: laid.numOfPages }, (_, i): PageStart => {
    const page = i + 1;
    if (partOn.has(page)) return { page, part: (part = partOn.get(page)!) };
    const marker = firstWord.get(page);
    // A page with no word of its own (the cover, a page of the contents) begins where its part begins.
    return marker === undefined ? { page, part } : { page, place: markers[marker]! };
  });
}
