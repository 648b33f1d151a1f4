/**
 * A document's text as a reader sees it, reduced to its letters ("compact" text), with the way back
 * from each compact character to the text node and element path it came from. Comparing compact text
 * makes a PDF's text and the HTML it was printed from meet despite line breaks, hyphens at line ends,
 * quotes and ligatures, and despite numbers the print edition adds: page numbers in running heads and
 * in the contents.
 */
import type { Element, Root, RootContent, Text } from 'hast';

/** A text node and the elements around it, outermost first. */
export interface TextPlace { text: Text; path: Element[]; offset: number }

export interface TextIndex {
  /** Letters only, lower case. */
  compact: string;
  /** For each compact character, the raw text position it came from. */
  origin: number[];
  /** The raw position where the word holding raw position `at` begins (before an opening quote, say). */
  wordStart(at: number): number;
  /** The place of a raw text position. */
  placeOf(raw: number): TextPlace;
  /** Whether the raw text of `element` before `raw` is only white space (so `raw` starts it). */
  startsAt(element: Element, raw: number): boolean;
}

/** Elements that stay inside a line: no word break around them. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'mark', 'q', 'small', 'span', 'strong', 'sub', 'sup', 'time']);
/** Elements whose text is not shown. */
const UNSEEN = new Set(['title', 'desc', 'style', 'script']);

/** The letters of `text`, lower case, each with its index in `text`. */
export function compactOf(text: string): { compact: string; origin: number[] } {
  let compact = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const kept = text[i]!.normalize('NFKC').toLowerCase().replace(/\P{L}/gu, '');
    for (const c of kept) { compact += c; origin.push(i); }
  }
  return { compact, origin };
}

/** Indexes the text of `root`. */
export function indexText(root: Root | Element): TextIndex {
  let raw = '';
  const places: { start: number; text: Text; path: Element[] }[] = [];
  const starts = new Map<Element, number>();
  const walk = (node: Root | RootContent, path: Element[]) => {
    if (node.type === 'text') { places.push({ start: raw.length, text: node, path }); raw += node.value; return; }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && UNSEEN.has(node.tagName)) return;
    const inner = node.type === 'element' ? [...path, node] : path;
    const gap = node.type === 'element' && !INLINE.has(node.tagName) ? ' ' : '';
    raw += gap;
    if (node.type === 'element') starts.set(node, raw.length);
    for (const child of node.children) walk(child, inner);
    raw += gap;
  };
  walk(root, []);
  const { compact, origin } = compactOf(raw);
  return {
    compact, origin,
    wordStart(at) {
      while (at > 0 && /\S/.test(raw[at - 1]!)) at--;
      return at;
    },
    placeOf(at) {
      let lo = 0;
      for (let hi = places.length - 1; lo < hi;) {
        const mid = (lo + hi + 1) >> 1;
        if (places[mid]!.start <= at) lo = mid; else hi = mid - 1;
      }
      const place = places[lo]!;
      return { text: place.text, path: place.path, offset: at - place.start };
    },
    startsAt: (element, at) => !raw.slice(starts.get(element) ?? at, at).trim(),
  };
}
