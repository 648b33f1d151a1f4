/**
 * A PDF's structure tree as a PDF/UA checker reads it: each element's type, the standard type its
 * /RoleMap maps it to, its attributes that matter (alt text), and its kids: elements, marked content
 * (a page and an MCID) and object references (annotations).
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

export interface Element {
  type: string;
  /** The type after the role map, as far as it maps. */
  role: string;
  alt?: string;
  actualText?: string;
  /** Its layout attribute Placement (Block, Inline…), where it has one: whether it reads as a block. */
  placement?: string;
  parent?: Element;
  kids: Kid[];
  dict: PDFDict;
}
export type Kid =
  | { kind: 'element'; element: Element }
  | { kind: 'content'; page: PDFRef | undefined; mcid: number }
  | { kind: 'object'; ref: PDFRef | undefined };

const N = PDFName.of;
export const text = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
const nameOf = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFName ? value.decodeText() : undefined;

/** The Placement of an element's Layout attributes (ISO 32000-1 §14.8.5.4): /A is a dict, or an array of
 * dicts (each perhaps followed by a revision number). Typst places a Span as a block this way. */
function placement(doc: PDFDocument, dict: PDFDict): string | undefined {
  const a = dict.lookup(N('A'));
  const owners = a instanceof PDFArray ? a.asArray().map((o) => doc.context.lookup(o)) : [a];
  const layout = owners.find(
    (o): o is PDFDict => o instanceof PDFDict && o.get(N('O')) === N('Layout') && o.has(N('Placement')),
  );
  return nameOf(layout?.get(N('Placement')));
}

/** The role map: each type it names and the type it maps to. */
export function roleMap(doc: PDFDocument): Map<string, string> {
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  const map = root?.lookupMaybe(N('RoleMap'), PDFDict);
  return new Map([...(map?.entries() ?? [])].map(([k, v]) => [k.decodeText(), nameOf(v) ?? '']));
}

/** Follows the role map from `type` until it reaches a type the map does not name (or loops). */
export function resolveRole(type: string, map: Map<string, string>): string {
  const seen = new Set<string>();
  let role = type;
  while (map.has(role) && !seen.has(role)) {
    seen.add(role);
    role = map.get(role)!;
  }
  return role;
}

/** The top-level elements of the structure tree (none when it is untagged). */
export function readTree(doc: PDFDocument): Element[] {
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const map = roleMap(doc);
  const read = (dict: PDFDict, parent: Element | undefined): Element => {
    const type = nameOf(dict.get(N('S'))) ?? '';
    const element: Element = {
      type,
      role: resolveRole(type, map),
      alt: text(dict.lookup(N('Alt'))),
      actualText: text(dict.lookup(N('ActualText'))),
      placement: placement(doc, dict),
      parent,
      kids: [],
      dict,
    };
    const page = dict.get(N('Pg')) instanceof PDFRef ? (dict.get(N('Pg')) as PDFRef) : undefined;
    const k = dict.lookup(N('K'));
    for (const kid of k instanceof PDFArray ? k.asArray() : k ? [k] : []) {
      const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (value instanceof PDFNumber) element.kids.push({ kind: 'content', page, mcid: value.asNumber() });
      else if (value instanceof PDFDict && value.get(N('Type')) === N('MCR')) {
        const pg = value.get(N('Pg'));
        element.kids.push({
          kind: 'content',
          page: pg instanceof PDFRef ? pg : page,
          mcid: value.lookup(N('MCID'), PDFNumber).asNumber(),
        });
      } else if (value instanceof PDFDict && value.get(N('Type')) === N('OBJR')) {
        const obj = value.get(N('Obj'));
        element.kids.push({ kind: 'object', ref: obj instanceof PDFRef ? obj : undefined });
      } else if (value instanceof PDFDict) element.kids.push({ kind: 'element', element: read(value, element) });
    }
    return element;
  };
  const k = root.lookup(N('K'));
  const tops = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  return tops
    .map((ref) => doc.context.lookup(ref))
    .filter((d) => d instanceof PDFDict)
    .map((d) => read(d, undefined));
}

/** Every element, depth first (the order a reader follows). */
export function* elements(tops: Element[]): Generator<Element> {
  for (const el of tops) {
    yield el;
    yield* elements(el.kids.flatMap((kid) => (kid.kind === 'element' ? [kid.element] : [])));
  }
}
