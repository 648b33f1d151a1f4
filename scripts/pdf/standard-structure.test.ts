import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { addListBodies, mapRolesToStandard } from './standard-structure.ts';

const N = PDFName.of;

/** A list tagged as Chromium tags one: an item holding its label, a Strong and a link's content (MCID 1). */
async function chromiumList() {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  const { context } = doc;
  const lbl = context.register(context.obj({ Type: 'StructElem', S: 'Lbl', K: 0, Pg: page.ref }));
  const strong = context.register(context.obj({ Type: 'StructElem', S: 'Strong', K: 2, Pg: page.ref }));
  const li = context.register(context.obj({ Type: 'StructElem', S: 'LI', K: [lbl, 1, strong], Pg: page.ref }));
  const list = context.register(context.obj({ Type: 'StructElem', S: 'L', K: [li] }));
  const parents = context.obj([lbl, li, strong]);
  page.node.set(N('StructParents'), context.obj(0));
  doc.catalog.set(N('StructTreeRoot'), context.register(context.obj({ Type: 'StructTreeRoot', K: [list], ParentTree: { Nums: [0, parents] } })));
  return { doc, li, strong, parents };
}
const dict = (doc: PDFDocument, ref: unknown) => doc.context.lookup(ref as PDFRef, PDFDict);

describe('a structure tree in PDF 1.7 types', () => {
  it('maps a PDF 2.0 type to its PDF 1.7 equivalent in the role map', async () => {
    const { doc } = await chromiumList();
    mapRolesToStandard(doc);
    const roleMap = doc.catalog.lookup(N('StructTreeRoot'), PDFDict).lookup(N('RoleMap'), PDFDict);
    expect(roleMap.get(N('Strong'))).toBe(N('Span'));
    expect(roleMap.keys()).toHaveLength(1);
  });

  it('moves all of a list item but its label into a body, and the parent tree with it', async () => {
    const { doc, li, strong, parents } = await chromiumList();
    addListBodies(doc);
    const kids = dict(doc, li).lookup(N('K'), PDFArray).asArray().map((k) => dict(doc, k).get(N('S')));
    expect(kids).toEqual([N('Lbl'), N('LBody')]);
    const body = dict(doc, li).lookup(N('K'), PDFArray).get(1);
    expect(dict(doc, body).lookup(N('K'), PDFArray).asArray().map(String)).toEqual(['1', strong.toString()]);
    expect(dict(doc, strong).get(N('P'))).toBe(body);
    expect(parents.get(1)).toBe(body); // MCID 1 now belongs to the body
  });
});
