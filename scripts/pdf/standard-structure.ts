/**
 * A structure tree in PDF 1.7's standard types, as PDF/UA-1 requires (ISO 14289-1, 7.1 and 7.2).
 * Chromium writes a few PDF 2.0 types (`Strong`, `Em`…), which a PDF/UA-1 reader does not know: a
 * /RoleMap maps each to its PDF 1.7 equivalent. And it puts a list item's content straight into the
 * `LI`, beside its `Lbl`: that content moves into an `LBody`, so every item is label and body.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { PdfStepError } from './browser.ts';

const N = PDFName.of;

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
export const STANDARD_TYPES = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI',
  'Index', 'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR',
  'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot',
  'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP', 'Figure', 'Formula', 'Form']);

/** PDF 2.0 types a browser may write, and the PDF 1.7 type each reads as. */
const PDF17_EQUIVALENT: Record<string, string> = {
  Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', FENote: 'Note', Aside: 'Sect', DocumentFragment: 'Div',
};

/** A struct element and the reference it is stored under. */
interface StructElement { ref: PDFRef; dict: PDFDict }

/** Every struct element stored as an indirect object, depth first. */
function structElements(doc: PDFDocument): StructElement[] {
  const out: StructElement[] = [];
  const visit = (value: PDFObject | undefined) => {
    if (value instanceof PDFArray) { value.asArray().forEach(visit); return; }
    if (!(value instanceof PDFRef)) return;
    const dict = doc.context.lookup(value);
    if (!(dict instanceof PDFDict) || !dict.get(N('S'))) return;
    out.push({ ref: value, dict });
    visit(dict.get(N('K')));
  };
  visit(doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict)?.get(N('K')));
  return out;
}

/** Adds a /RoleMap entry for every type in the tree that PDF 1.7 does not define. */
export function mapRolesToStandard(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  if (!root) return;
  const types = new Set(structElements(doc).map((el) => (el.dict.get(N('S')) as PDFName).decodeText()));
  const roleMap = root.lookupMaybe(N('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const type of [...types].filter((t) => !STANDARD_TYPES.has(t)).sort()) {
    const standard = PDF17_EQUIVALENT[type];
    if (!standard) throw new PdfStepError(`Chromium tagged an element "${type}", a type PDF/UA-1 does not know: map it in scripts/pdf/standard-structure.ts.`);
    roleMap.set(N(type), N(standard));
  }
  if (roleMap.keys().length > 0) root.set(N('RoleMap'), roleMap);
}

/** Moves the content of every list item that has no LBody, all but its Lbl, into a new LBody. */
export function addListBodies(doc: PDFDocument): void {
  const moved = new Map<string, PDFRef>();
  for (const { ref, dict } of structElements(doc)) {
    if (dict.get(N('S')) !== N('LI')) continue;
    const k = dict.get(N('K'));
    const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
    const typeOf = (kid: PDFObject) => { const d = doc.context.lookup(kid); return d instanceof PDFDict ? d.get(N('S')) : undefined; };
    if (kids.some((kid) => typeOf(kid) === N('LBody'))) continue;
    const labels = kids.filter((kid) => typeOf(kid) === N('Lbl'));
    const body = kids.filter((kid) => typeOf(kid) !== N('Lbl'));
    if (body.length === 0) continue;
    const lbody = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: body });
    const page = dict.get(N('Pg'));
    if (page) lbody.set(N('Pg'), page);
    const lbodyRef = doc.context.register(lbody);
    for (const kid of body) {
      const el = doc.context.lookup(kid);
      if (kid instanceof PDFRef && el instanceof PDFDict && el.get(N('S'))) el.set(N('P'), lbodyRef);
    }
    dict.set(N('K'), doc.context.obj([...labels, lbodyRef]));
    moved.set(ref.toString(), lbodyRef);
  }
  // The content the list items held directly now belongs to their bodies: so says the parent tree.
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  repointParentTree(doc, root?.lookup(N('ParentTree')), moved);
}

/** In a parent tree (a number tree), points every entry naming a key of `moved` at its new element. */
function repointParentTree(doc: PDFDocument, node: PDFObject | undefined, moved: Map<string, PDFRef>): void {
  if (!(node instanceof PDFDict) || moved.size === 0) return;
  const swap = (value: PDFObject) => (value instanceof PDFRef ? moved.get(value.toString()) ?? value : value);
  const nums = node.lookup(N('Nums'));
  if (nums instanceof PDFArray) {
    for (let i = 1; i < nums.size(); i += 2) {
      const value = nums.get(i);
      const list = doc.context.lookup(value);
      if (list instanceof PDFArray) list.asArray().forEach((item, j) => list.set(j, swap(item)));
      else nums.set(i, swap(value));
    }
  }
  const kids = node.lookup(N('Kids'));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) repointParentTree(doc, doc.context.lookup(kid), moved);
}
