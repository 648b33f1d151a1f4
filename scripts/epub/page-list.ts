/**
 * The print edition's page numbers in the EPUB: for each page of the book's PDF, find where its text
 * begins in the chapters and put a page-break marker there, so a reader of either edition can cite the
 * same page. Pages of the printed contents are marked at the start of the EPUB's own contents.
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
 * A part of the print edition as the page-list reads it: the document it is in the EPUB, or, for the
 * printed contents (which the EPUB replaces with its own), the document whose start its pages are marked at.
 */
export interface PrintedPart { doc: ContentDocument; markAtStartOf?: ContentDocument }

/**
 * Marks every page of `pages` (the text of each PDF page, in order) in `parts` (the print edition's
 * parts, in order), and returns the targets for the page-list. Throws if a page's words are not found.
 */
export function markPages(pages: string[], parts: PrintedPart[]): PageTarget[] {
  const indexes = parts.map((part) => indexText(part.doc.body));
  const offsets = indexes.map((_, i) => indexes.slice(0, i).reduce((sum, index) => sum + index.compact.length, 0));
  const haystack = indexes.map((index) => index.compact).join('');
  const words = pages.map((text) => text.split(/\s+/).map((word) => compactOf(word).compact).filter(Boolean));
  const docOf = (at: number) => offsets.findLastIndex((offset) => offset <= at);
  // Print repeats a table's head at the top of each page the table runs onto: that is not where the page starts.
  const inTableHead = (at: number) => {
    const index = indexes[docOf(at)]!;
    return index.placeOf(index.origin[at - offsets[docOf(at)]!]!).path.some((el) => el.tagName === 'thead');
  };

  const found: { page: number; doc: number; at: number }[] = [];
  let cursor = 0;
  words.forEach((page, i) => {
    const at = findStart(page, haystack, cursor, (at) => !inTableHead(at));
    if (at === undefined) throw new Error(`page ${i + 1} of the book PDF begins "${pages[i]!.slice(0, 80)}", which is not in the print edition's page in order.`);
    cursor = at + 1;
    found.push({ page: i + 1, doc: docOf(at), at: at - offsets[docOf(at)]! });
  });
  // Last first: a marker put in never moves a place found for an earlier page.
  for (const { page, doc, at } of [...found].reverse()) {
    const { doc: source, markAtStartOf: start } = parts[doc]!;
    if (start) start.body.children.splice(0, 0, pageMarker(page));
    else insertMarker(source.body, indexes[doc]!, at, pageMarker(page));
  }
  return found.map(({ page, doc }) => ({ page, file: (parts[doc]!.markAtStartOf ?? parts[doc]!.doc).file, id: `page-${page}` }));
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
