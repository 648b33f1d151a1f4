/**
 * Where each page of the book's PDF begins, in the book's document trees: the EPUB's page-list puts a
 * page-break marker at exactly that place. Typst says on which page an invisible marker lands (a marker
 * takes no room, so the layout is the PDF's). Two passes keep that cheap:
 *   1. a marker at the start of every unit (paragraph, heading, list item, term, table, chart, code) says
 *      where each begins, so a page begins at the first unit that starts on it, or inside the one before;
 *   2. a marker after every word of just those units that may cross a page says where in them.
 * A page begins with the part that starts on it (the cover, the contents, the key findings, a chapter),
 * else at that word or unit. Nothing is read back from the PDF, and no text is matched.
 */
import type { Element, Text } from 'hast';
import type { BookDocument } from '../document/book-tree.ts';
import type { Paper } from './papers.ts';
import { bookSource, type SourceOptions } from './print-source.ts';
import type { PageMarkers } from './typst-markup.ts';
import { query, typeset } from './typeset.ts';

/** Where a page begins: at the start of a part, before a unit, or before a word (its text node and offset). */
export type PageStart =
  | { page: number; part: string }
  | { page: number; before: Element }
  | { page: number; node: Text; start: number };

/** The part id of the cover, which has no running head. */
export const COVER_PART = 'cover';

const PAGES_QUERY =
  '#context [#metadata((marks: query(<w>).map(m => (m.value, m.location().page())), ' +
  'parts: query(<running-head>).map(m => (m.value.part, m.location().page())))) <pages>]';

/** What Typst reports of a pass: the page of each marker, by its number, and the page each part starts on. */
function pass(
  doc: BookDocument,
  paper: Paper,
  markers: PageMarkers,
): { pages: number; markerPage: Map<number, number>; partOn: Map<number, string> } {
  const source = bookSource(doc, { paper, markers } satisfies SourceOptions);
  const laid = typeset({ ...source, main: `${source.main}\n\n${PAGES_QUERY}` });
  const { value } = query<{ value: { marks: [number, number][]; parts: [string, number][] } }>(laid, '<pages>')[0]!;
  const partOn = new Map<number, string>();
  for (const [part, page] of value.parts) if (!partOn.has(page)) partOn.set(page, part);
  return { pages: laid.numOfPages, markerPage: new Map(value.marks), partOn };
}

const metadata = (value: number) => `#metadata(${value})<w>`;
/** Charts and code never break across pages: a page begins before them, never inside. */
const whole = (unit: Element) => unit.tagName === 'figure' || unit.tagName === 'pre';

export function pageStarts(doc: BookDocument, paper: Paper): PageStart[] {
  const units: Element[] = [];
  const first = pass(doc, paper, { start: (unit) => metadata(units.push(unit) - 1), words: () => undefined });
  const startPage = (i: number) => first.markerPage.get(i) ?? 0;

  // For each page: the first unit (in reading order) that starts on it, and the unit before it that may run on to it.
  const opening = new Map<number, number>();
  units.forEach((_, i) => {
    if (!opening.has(startPage(i))) opening.set(startPage(i), i);
  });
  const runningOn = new Map<number, Element>();
  for (let page = 2; page <= first.pages; page++) {
    if (first.partOn.has(page)) continue;
    const next = opening.get(page) ?? units.findIndex((_, i) => startPage(i) > page);
    const before = units
      .slice(0, next < 0 ? units.length : next)
      .findLast((unit, i) => !whole(unit) && startPage(i) < page);
    if (before) runningOn.set(page, before);
  }

  const words: { unit: Element; node: Text; start: number }[] = [];
  const crossing = new Set(runningOn.values());
  const second = pass(doc, paper, {
    start: () => '',
    words: (unit) =>
      crossing.has(unit) ? (node, start) => metadata(words.push({ unit, node, start }) - 1) : undefined,
  });
  // A page's first word of the unit that runs on to it (a unit that starts on the page and runs on past it has words
  // there too).
  const firstWordOn = new Map<number, number>();
  for (const [word, page] of second.markerPage) {
    if (words[word]!.unit === runningOn.get(page) && !(firstWordOn.get(page)! <= word)) firstWordOn.set(page, word);
  }

  let part = COVER_PART;
  return Array.from({ length: first.pages }, (_, i): PageStart => {
    const page = i + 1;
    if (first.partOn.has(page)) return { page, part: (part = first.partOn.get(page)!) };
    const word = firstWordOn.get(page);
    if (word !== undefined) return { page, node: words[word]!.node, start: words[word]!.start };
    const unit = opening.get(page);
    // A page with no unit of its own (a page of the contents) begins where its part begins.
    return unit === undefined ? { page, part } : { page, before: units[unit]! };
  });
}
