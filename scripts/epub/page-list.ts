/**
 * The print edition's page numbers in the EPUB: for each page of the book's PDF, find where its text
 * begins in the chapters and put a page-break marker there, so a reader of either edition can cite the
 * same page. Pages before the first chapter (the cover, the contents) are marked at the start of the
 * EPUB's own cover and contents.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { compactOf, indexText, type TextIndex } from './text-index.ts';

/** An EPUB content document: its file name and its body's content. */
export interface ContentDocument { file: string; body: Root }
/** A page of the print edition and where it starts in the EPUB. */
export interface PageTarget { page: number; file: string; id: string }

/** A page is found by its first words: this many, so a phrase that repeats elsewhere is not mistaken for it. */
const WINDOW = 8;
/** Where no span may go as a child (their content model allows only certain elements). */
const NO_SPAN = new Set(['ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'figure', 'details', 'picture', 'hgroup', 'select']);

/** A page-break marker, named by its number (a title: axe refuses aria-label on a span with this role). */
export const pageMarker = (page: number): Element =>
  h('span', { 'epub:type': 'pagebreak', role: 'doc-pagebreak', id: `page-${page}`, title: String(page) });

/**
 * Marks every page of `pages` (the text of each PDF page, in order) in the documents, and returns the
 * targets for the page-list. Throws if a page's words cannot be found in the chapters.
 */
export function markPages(pages: string[], front: { cover: ContentDocument; contents: ContentDocument }, chapters: ContentDocument[]): PageTarget[] {
  const indexes = chapters.map((doc) => indexText(doc.body));
  const offsets = indexes.map((_, i) => indexes.slice(0, i).reduce((sum, index) => sum + index.compact.length, 0));
  const haystack = indexes.map((index) => index.compact).join('');
  const words = pages.map((text) => text.split(/\s+/).map((word) => compactOf(word).compact).filter(Boolean));
  const opening = haystack.slice(0, offsets[1] ?? haystack.length).slice(0, 40);
  const first = words.findIndex((page) => page.join('').includes(opening));
  if (first < 0) throw new Error(`no page of the book PDF holds the opening words of ${chapters[0]?.file}.`);

  const targets: PageTarget[] = [];
  const found: { page: number; doc: number; at: number }[] = [];
  let cursor = 0;
  const docOf = (at: number) => offsets.findLastIndex((offset) => offset <= at);
  // Print repeats a table's head at the top of each page the table runs onto: that is not where the page starts.
  const inTableHead = (at: number) => {
    const index = indexes[docOf(at)]!;
    return index.placeOf(index.origin[at - offsets[docOf(at)]!]!).path.some((el) => el.tagName === 'thead');
  };
  words.forEach((page, i) => {
    const n = i + 1;
    if (i < first) {
      const doc = i === 0 ? front.cover : front.contents;
      doc.body.children.splice(i === 0 ? 0 : n - 2, 0, pageMarker(n));
      targets.push({ page: n, file: doc.file, id: `page-${n}` });
      return;
    }
    const at = findStart(page, haystack, cursor, (at) => !inTableHead(at));
    if (at === undefined) throw new Error(`page ${n} of the book PDF begins "${pages[i]!.slice(0, 80)}", which is not in the chapters in order.`);
    cursor = at + 1;
    const doc = docOf(at);
    found.push({ page: n, doc, at: at - offsets[doc]! });
    targets.push({ page: n, file: chapters[doc]!.file, id: `page-${n}` });
  });
  // Last first: a marker put in never moves a place found for an earlier page.
  for (const { page, doc, at } of found.reverse()) insertMarker(chapters[doc]!.body, indexes[doc]!, at, pageMarker(page));
  return targets;
}

/** Where in `haystack` (from `from` on) the page's text starts; its first words may be a running head. */
function findStart(words: string[], haystack: string, from: number, accept: (at: number) => boolean): number | undefined {
  for (let k = 0; k < words.length; k++) {
    const window = words.slice(k, k + WINDOW);
    if (window.length < Math.min(3, words.length)) return undefined;
    const at = haystack.indexOf(window.join(''), from);
    if (at >= 0 && accept(at)) return at;
  }
  return undefined;
}

/**
 * Puts `marker` before the word at compact position `at`: before the outermost element that word starts
 * (a chapter, a paragraph, a figure) where a span may stand, else inside the text before the word.
 * Never inside a chart's SVG, nor inside a heading it opens (the number would join the heading's name).
 */
function insertMarker(body: Root, index: TextIndex, at: number, marker: Element): void {
  const raw = index.wordStart(index.origin[at]!);
  const { text, path, offset } = index.placeOf(raw);
  const svg = path.findIndex((el) => el.tagName === 'svg');
  const html = svg >= 0 ? path.slice(0, svg + 1) : path;
  const placeable = (i: number) => acceptsSpan(i === 0 ? body : html[i - 1]!) && !(i >= 2 && html[i - 2]!.tagName === 'dl');
  const before = (i: number) => {
    const parent = i === 0 ? body : html[i - 1]!;
    parent.children.splice(parent.children.indexOf(html[i]!), 0, marker);
  };
  const opened = html.findIndex((el, i) => index.startsAt(el, raw) && placeable(i));
  if (opened >= 0) return before(opened);
  // A word inside a drawing: before the drawing, or the nearest element around it where a span may stand.
  for (let i = svg; i >= 0; i--) if (placeable(i)) return before(i);
  const parent = path.at(-1) ?? body;
  const after = { type: 'text' as const, value: text.value.slice(offset) };
  text.value = text.value.slice(0, offset);
  parent.children.splice(parent.children.indexOf(text) + 1, 0, marker, after);
}

const acceptsSpan = (parent: Root | Element): boolean => parent.type === 'root' || !NO_SPAN.has(parent.tagName);
