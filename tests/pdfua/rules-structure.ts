/** PDF/UA-1's rules on the structure tree: standard types, lists, tables, figures, annotations. */
import { PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import type { Failure } from './rules.ts';
import { elements, readTree, roleMap, text, type Element } from './tree.ts';

const N = PDFName.of;

/** The standard structure types of PDF 1.7 (ISO 32000-1 §14.8.4), the set PDF/UA-1 builds on: grouping,
 * block (paragraphs, lists, tables), inline, and illustration elements. PDF 2.0's (Title, Em, Strong,
 * Aside…) are not among them, so a PDF/UA-1 file must role-map those. */
export const STANDARD_TYPES = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
]);
const kidRoles = (el: Element) => el.kids.flatMap((k) => (k.kind === 'element' ? [k.element.role] : []));
const path = (el: Element): string => (el.parent ? `${path(el.parent)} > ${el.type}` : el.type);

/** Where each kind of table element may sit, and what a table part may hold. */
const TABLE_PARENTS: Record<string, string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  THead: ['Table'],
  TBody: ['Table'],
  TFoot: ['Table'],
};
const TABLE_KIDS: Record<string, string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
};

export function structureRules(doc: PDFDocument): Failure[] {
  const failures: Failure[] = [];
  const fail = (rule: Failure['rule'], el: Element, why: string) =>
    failures.push({ rule, where: `${path(el)}: ${why}` });
  for (const [type, to] of roleMap(doc)) {
    if (STANDARD_TYPES.has(type))
      failures.push({ rule: '02-004', where: `RoleMap: standard type ${type} is mapped to ${to}` });
  }
  const tree = readTree(doc);
  for (const el of elements(tree)) {
    if (!STANDARD_TYPES.has(el.role))
      fail('02-001', el, `type ${el.type} is not standard and not mapped to a standard type`);
    const kids = kidRoles(el);
    if (el.role === 'L' && kids.some((r) => !['LI', 'L', 'Caption'].includes(r)))
      fail('09-004', el, `holds ${kids.join(', ')}`);
    if (el.role === 'LI') {
      if (el.parent?.role !== 'L') fail('09-005', el, 'a list item outside a list');
      const direct = el.kids.some((k) => k.kind !== 'element');
      if (direct || kids.some((r) => !['Lbl', 'LBody'].includes(r)))
        fail('09-005', el, `holds ${[...kids, ...(direct ? ['content'] : [])].join(', ')}`);
    }
    // A body belongs to an item; a label need not (PDF/UA-1 does not say so, and Typst labels footnotes with Lbl).
    if (el.role === 'LBody' && el.parent?.role !== 'LI') fail('09-005', el, 'LBody outside a list item');
    const parents = TABLE_PARENTS[el.role];
    if (parents && !parents.includes(el.parent?.role ?? ''))
      fail('09-001', el, `${el.role} inside ${el.parent?.role ?? 'nothing'}`);
    const allowed = TABLE_KIDS[el.role];
    if (allowed && kids.some((r) => !allowed.includes(r))) fail('09-001', el, `holds ${kids.join(', ')}`);
    if (el.role === 'Figure' && !el.alt?.trim() && !el.actualText?.trim()) fail('13-004', el, 'a Figure with no Alt');
  }
  failures.push(...annotationRules(doc, tree));
  return failures;
}

/** Annotations: each tagged (links in Link elements) and described; pages with any in tab order /S. */
function annotationRules(doc: PDFDocument, tree: Element[]): Failure[] {
  const failures: Failure[] = [];
  const owner = new Map<string, Element>();
  for (const el of elements(tree))
    for (const kid of el.kids) if (kid.kind === 'object' && kid.ref) owner.set(kid.ref.toString(), el);
  doc.getPages().forEach((page, i) => {
    const annots = page.node.Annots()?.asArray() ?? [];
    if (annots.length > 0 && page.node.get(N('Tabs')) !== N('S'))
      failures.push({ rule: '19-003', where: `page ${i + 1}: annotations but no /Tabs /S` });
    for (const ref of annots) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.get(N('Subtype')) === N('Popup')) continue;
      const subtype = annot.get(N('Subtype'))?.toString() ?? '?';
      const el = owner.get(ref.toString());
      const where = `page ${i + 1}, ${subtype} annotation ${ref.toString()}`;
      if (!el) {
        failures.push({ rule: '28-002', where: `${where}: in no structure element` });
        continue;
      }
      if (subtype !== '/Link') continue;
      if (el.role !== 'Link') failures.push({ rule: '28-011', where: `${where}: in a ${el.type}, not a Link` });
      if (!text(annot.lookup(N('Contents')))?.trim() && !el.alt?.trim())
        failures.push({ rule: '28-004', where: `${where}: no Contents or Alt` });
    }
  });
  return failures;
}
