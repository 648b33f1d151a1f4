/**
 * Broken PDFs for the checker to catch: for each rule it claims, a change to a good PDF (made with
 * pdf-lib, in memory) that breaks that rule and no other, as a careless tool or a wrong edit would.
 */
import { decodePDFRawStream, PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, type PDFPage } from 'pdf-lib';
import { parseToUnicode } from '../../scripts/pdf/cmap.ts';
import { pageStream } from '../../scripts/pdf/structure.ts';
import { xmpPacket, type DocumentMeta } from '../../scripts/pdf/xmp.ts';
import type { Rule } from './check.ts';
import { elements, readTree, type Element } from './tree.ts';

const N = PDFName.of;
const first = (doc: PDFDocument, role: string, test: (el: Element) => boolean = () => true): Element => {
  const found = [...elements(readTree(doc))].find((el) => el.role === role && test(el));
  if (!found) throw new Error(`the good PDF has no ${role} to break`);
  return found;
};
const rewritePage = (doc: PDFDocument, page: PDFPage, edit: (src: string) => string) => {
  const [ref, src] = pageStream(doc, page);
  doc.context.assign(ref, doc.context.flateStream(Buffer.from(edit(src), 'latin1')));
};
const linkAnnotation = (doc: PDFDocument): PDFDict => {
  for (const page of doc.getPages()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = doc.context.lookup(ref, PDFDict);
      if (annot.get(N('Subtype')) === N('Link')) return annot;
    }
  }
  throw new Error('the good PDF has no link to break');
};
const pageWithLinks = (doc: PDFDocument): PDFPage => doc.getPages().find((p) => (p.node.Annots()?.size() ?? 0) > 0)!;
const fonts = (doc: PDFDocument): PDFDict[] => [...doc.getPages()[0]!.node.Resources()!.lookup(N('Font'), PDFDict).values()]
  .map((ref) => doc.context.lookup(ref, PDFDict));
const metadata = (doc: PDFDocument, drop: RegExp) => {
  const meta: DocumentMeta = { title: 'A title', author: 'A', subject: 'S', lang: 'en-GB', date: '2025-01-01', creator: 'c', producer: 'p' };
  const xmp = xmpPacket(meta).replace(drop, '');
  doc.catalog.set(N('Metadata'), doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
};

/** For each rule, how to break it. */
export const BREAKAGES: Record<Rule, (doc: PDFDocument) => void> = {
  '01-001': (doc) => doc.catalog.delete(N('MarkInfo')),
  '01-005': (doc) => rewritePage(doc, doc.getPages()[0]!, (src) => `${src}\n0 0 10 10 re f`),
  '01-004': (doc) => rewritePage(doc, doc.getPages()[0]!, (src) => src.replace(/BDC/, 'BDC /Artifact BMC 0 0 1 1 re f EMC')),
  '02-001': (doc) => first(doc, 'P').dict.set(N('S'), N('Paragraph')),
  '02-004': (doc) => doc.catalog.lookup(N('StructTreeRoot'), PDFDict).set(N('RoleMap'), doc.context.obj({ P: 'Span' })),
  '06-001': (doc) => doc.catalog.delete(N('Metadata')),
  '06-002': (doc) => metadata(doc, /<pdfuaid:part>1<\/pdfuaid:part>/),
  '06-003': (doc) => metadata(doc, /<dc:title>[\s\S]*?<\/dc:title>/),
  '07-001': (doc) => doc.catalog.lookup(N('ViewerPreferences'), PDFDict).set(N('DisplayDocTitle'), PDFBool.False),
  '11-006': (doc) => doc.catalog.delete(N('Lang')),
  '09-004': (doc) => {
    const list = first(doc, 'L').dict;
    list.lookup(N('K'), PDFArray).push(doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'P', K: [] })));
  },
  // What Chromium writes: the item's content straight in the LI, beside its label.
  '09-005': (doc) => {
    const li = first(doc, 'LI', (el) => el.kids.some((k) => k.kind === 'element' && k.element.role === 'LBody'));
    const kids = li.dict.lookup(N('K'), PDFArray).asArray().flatMap((ref) => {
      const kid = doc.context.lookup(ref, PDFDict);
      return kid.get(N('S')) === N('LBody') ? kid.lookup(N('K'), PDFArray).asArray() : [ref];
    });
    li.dict.set(N('K'), doc.context.obj(kids));
  },
  '09-001': (doc) => first(doc, 'P').dict.set(N('S'), N('TD')),
  // A paragraph tagged as a Figure, with no alternative text (a chart without Alt would also read its drawn labels).
  '13-004': (doc) => first(doc, 'P').dict.set(N('S'), N('Figure')),
  '28-002': (doc) => {
    const annot = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 10, 10], Contents: PDFString.of('A note') }));
    pageWithLinks(doc).node.Annots()!.push(annot);
  },
  '28-011': (doc) => first(doc, 'Link').dict.set(N('S'), N('Span')),
  '28-004': (doc) => linkAnnotation(doc).delete(N('Contents')),
  '19-003': (doc) => pageWithLinks(doc).node.delete(N('Tabs')),
  '31-009': (doc) => {
    const descendant = fonts(doc)[0]!.lookup(N('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    descendant.lookup(N('FontDescriptor'), PDFDict).delete(N('FontFile2'));
  },
  '31-027': (doc) => fonts(doc)[0]!.delete(N('ToUnicode')),
  // What Chromium painted before: no space glyph where a line wraps (here, none at all on page 1).
  'words-joined': (doc) => {
    const page = doc.getPages()[0]!;
    const space = new Map([...page.node.Resources()!.lookup(N('Font'), PDFDict).entries()].map(([name, ref]) => {
      const cmap = doc.context.lookup(doc.context.lookup(ref, PDFDict).get(N('ToUnicode'))) as PDFRawStream;
      const codes = [...parseToUnicode(Buffer.from(decodePDFRawStream(cmap).decode()).toString('latin1'))].filter(([, t]) => t === ' ');
      return [name.decodeText(), new Set(codes.map(([code]) => code))] as const;
    }));
    // Each run of text after a font is chosen (Tf): drop the glyphs that font reads as a space.
    rewritePage(doc, page, (src) => src.split(/(?=\/\w+ [\d.]+ Tf)/).map((run) => {
      const codes = space.get(/^\/(\w+) [\d.]+ Tf/.exec(run)?.[1] ?? '');
      return codes ? run.replace(/<([0-9a-fA-F]{4})> Tj/g, (tj, hex: string) => (codes.has(parseInt(hex, 16)) ? '' : tj)) : run;
    }).join(''));
  },
};

/** `bytes` with one rule broken. */
export async function breakRule(bytes: Uint8Array, rule: Rule): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  BREAKAGES[rule](doc);
  return doc.save();
}
