/**
 * Stable ids for struct elements. Chromium names a table's header cells after their DOM node ids
 * ("node00000191"), which depend on how many nodes the browser had numbered before printing, so the same
 * page could print different bytes on a busy machine. This renames them "id00001", "id00002"… in the
 * order of the old names, which keeps the IDTree's keys sorted as a name tree requires.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';
import { allStructElements } from './structure.ts';

const N = PDFName.of;
const textOf = (value: unknown): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** New names for `ids`: the same order, fixed width, numbered from 1. */
export function stableIds(ids: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(ids)].sort();
  const width = Math.max(5, String(sorted.length).length);
  return new Map(sorted.map((id, i) => [id, `id${String(i + 1).padStart(width, '0')}`]));
}

/** Renames every struct element's /ID, the /Headers that point to them, and the IDTree's keys. */
export function renumberStructIds(doc: PDFDocument): void {
  const elements = allStructElements(doc);
  const names = stableIds(elements.map((el) => textOf(el.get(N('ID')))).filter((id) => id !== undefined));
  if (names.size === 0) return;
  const rename = (value: PDFObject): PDFObject => {
    const id = textOf(value);
    return id !== undefined && names.has(id) ? PDFString.of(names.get(id)!) : value;
  };
  for (const el of elements) {
    const id = el.get(N('ID'));
    if (id) el.set(N('ID'), rename(id));
    // Table cells name their header cells in the attributes (/A), which may be one dict or an array of them.
    const attributes = el.lookup(N('A'));
    const dicts = attributes instanceof PDFArray ? attributes.asArray().map((a) => doc.context.lookup(a)) : [attributes];
    for (const dict of [el, ...dicts]) {
      const headers = dict instanceof PDFDict ? dict.lookup(N('Headers')) : undefined;
      if (headers instanceof PDFArray) headers.asArray().forEach((h, i) => headers.set(i, rename(h)));
    }
  }
  const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
  renameTreeKeys(doc, root.lookup(N('IDTree')), rename);
}

/** Renames the keys of a name tree node and its kids (their /Limits too). */
function renameTreeKeys(doc: PDFDocument, node: unknown, rename: (value: PDFObject) => PDFObject): void {
  if (!(node instanceof PDFDict)) return;
  for (const key of ['Names', 'Limits']) {
    const list = node.lookup(N(key));
    // A /Names array alternates key, value: only the keys are strings.
    if (list instanceof PDFArray) list.asArray().forEach((item, i) => list.set(i, rename(item)));
  }
  const kids = node.lookup(N('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) renameTreeKeys(doc, doc.context.lookup(kid), rename);
}
