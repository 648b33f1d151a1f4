/**
 * Broken PDFs for the checker to catch: for each rule it claims, a change to a good PDF (made with
 * pdf-lib, in memory) that breaks that rule and no other, as a careless tool or a wrong edit would.
 * Where the good PDF has nothing to break (no RoleMap to misuse), the change adds what breaks the rule.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFPage,
} from 'pdf-lib';
import type { Rule } from './rules.ts';
import { pageContent } from './content.ts';
import { fontReadings, type FontReading } from './fonts.ts';
import { entry, operations, type Operand } from './syntax.ts';
import { elements, readTree, type Element } from './tree.ts';

const N = PDFName.of;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const first = (doc: PDFDocument, role: string, test: (el: Element) => boolean = () => true): Element => {
  const found = [...elements(readTree(doc))].find((el) => el.role === role && test(el));
  if (!found) throw new Error(`the good PDF has no ${role} to break`);
  return found;
};
/** Replaces the page's content with an edit of it, in one new stream. */
const rewritePage = (doc: PDFDocument, page: PDFPage, edit: (src: string) => string) => {
  page.node.set(
    N('Contents'),
    doc.context.register(doc.context.flateStream(Buffer.from(edit(pageContent(doc, page)), 'latin1'))),
  );
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
const pageFonts = (doc: PDFDocument, page: PDFPage): Array<[string, PDFDict]> =>
  [...(page.node.Resources()?.lookupMaybe(N('Font'), PDFDict)?.entries() ?? [])].map(([name, ref]) => [
    name.decodeText(),
    doc.context.lookup(ref, PDFDict),
  ]);
/** The document's own XMP packet, edited: what a tool that rewrites metadata carelessly would leave. */
const editMetadata = (doc: PDFDocument, drop: RegExp) => {
  const stored = doc.catalog.lookup(N('Metadata'));
  if (!(stored instanceof PDFRawStream)) throw new Error('the good PDF has no XMP metadata to break');
  const xmp = latin1(decodePDFRawStream(stored).decode());
  if (!drop.test(xmp)) throw new Error(`the good PDF's XMP has no ${drop.source} to drop`);
  const stream = doc.context.stream(Buffer.from(xmp.replace(drop, ''), 'latin1'), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(N('Metadata'), doc.context.register(stream));
};
const hexString = (bytes: number[]) => `<${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}>`;

/** The page with every glyph its font reads as a space taken out of the shown text. */
function dropSpaces(doc: PDFDocument, page: PDFPage) {
  const fonts = fontReadings(doc, page.node.Resources());
  rewritePage(doc, page, (src) => {
    let font: FontReading | undefined;
    let out = '';
    let at = 0;
    const strip = (o: Operand): Operand => {
      if (Array.isArray(o)) return o.map(strip);
      if (!font || typeof o !== 'object' || !('bytes' in o)) return o;
      const kept: number[] = [];
      for (let i = 0; i + font.bytes <= o.bytes.length; i += font.bytes) {
        const glyph = o.bytes.slice(i, i + font.bytes);
        if (font.map?.codes.get(glyph.reduce((c, b) => c * 256 + b, 0)) !== ' ') kept.push(...glyph);
      }
      return { bytes: kept };
    };
    const write = (o: Operand): string =>
      Array.isArray(o)
        ? `[${o.map(write).join(' ')}]`
        : typeof o === 'object' && 'bytes' in o
          ? hexString(o.bytes)
          : String(o);
    for (const op of operations(src)) {
      if (op.operator === 'Tf') font = fonts.get(String(op.operands[0]).slice(1));
      if (op.operator !== 'Tj' && op.operator !== 'TJ') continue;
      out += `${src.slice(at, op.start)}${write(strip(op.operands[0]!))} ${op.operator}`;
      at = op.end;
    }
    return out + src.slice(at);
  });
}

/** For each rule, how to break it. */
export const BREAKAGES: Record<Rule, (doc: PDFDocument) => void> = {
  '01-001': (doc) => doc.catalog.delete(N('MarkInfo')),
  '01-005': (doc) => rewritePage(doc, doc.getPages()[0]!, (src) => `${src}\n0 0 10 10 re f`),
  // An artifact painted inside the first tagged sequence (not inside an artifact, which is allowed).
  '01-004': (doc) =>
    rewritePage(doc, doc.getPages()[0]!, (src) => {
      const tagged = operations(src).find(
        (op) => op.operator === 'BDC' && typeof entry(op.operands[1], 'MCID') === 'number',
      );
      if (!tagged) throw new Error('the good PDF has no tagged content on page 1');
      return `${src.slice(0, tagged.end)}\n/Artifact BMC 0 0 1 1 re f EMC\n${src.slice(tagged.end)}`;
    }),
  '02-001': (doc) => first(doc, 'P').dict.set(N('S'), N('Paragraph')),
  // The role map kept (it maps the producer's own types) with a standard type remapped in it: P to Div,
  // which a reader still reads as a block (to Span, a paragraph would run on into the next).
  '02-004': (doc) => {
    const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
    const map = root.lookupMaybe(N('RoleMap'), PDFDict) ?? doc.context.obj({});
    map.set(N('P'), N('Div'));
    root.set(N('RoleMap'), map);
  },
  '06-001': (doc) => doc.catalog.delete(N('Metadata')),
  '06-002': (doc) => editMetadata(doc, /<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|\s*pdfuaid:part=["']1["']/),
  '06-003': (doc) => editMetadata(doc, /<dc:title>[\s\S]*?<\/dc:title>|\s*dc:title=["'][^"']*["']/),
  '07-001': (doc) => doc.catalog.lookup(N('ViewerPreferences'), PDFDict).set(N('DisplayDocTitle'), PDFBool.False),
  '11-006': (doc) => doc.catalog.delete(N('Lang')),
  '09-004': (doc) => {
    const list = first(doc, 'L').dict;
    list.lookup(N('K'), PDFArray).push(doc.context.register(doc.context.obj({ Type: 'StructElem', S: 'P', K: [] })));
  },
  // A list item whose body is a paragraph, beside its label: no LBody.
  '09-005': (doc) => first(doc, 'LBody', (el) => el.parent?.role === 'LI').dict.set(N('S'), N('P')),
  '09-001': (doc) => first(doc, 'P').dict.set(N('S'), N('TD')),
  // A paragraph tagged as a Figure, with no alternative text (a chart without Alt would also read its drawn labels).
  '13-004': (doc) => first(doc, 'P').dict.set(N('S'), N('Figure')),
  '28-002': (doc) => {
    const annot = doc.context.register(
      doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 10, 10], Contents: PDFString.of('A note') }),
    );
    pageWithLinks(doc).node.Annots()!.push(annot);
  },
  '28-011': (doc) => first(doc, 'Link').dict.set(N('S'), N('Span')),
  '28-004': (doc) => linkAnnotation(doc).delete(N('Contents')),
  '19-003': (doc) => pageWithLinks(doc).node.delete(N('Tabs')),
  '31-009': (doc) => {
    const descendant = pageFonts(doc, doc.getPages()[0]!)[0]![1]
      .lookup(N('DescendantFonts'), PDFArray)
      .lookup(0, PDFDict);
    descendant.lookup(N('FontDescriptor'), PDFDict).delete(N('FontFile2'));
  },
  '31-027': (doc) => pageFonts(doc, doc.getPages()[0]!)[0]![1].delete(N('ToUnicode')),
  // No space glyph where a line wraps (here, none at all on page 1), as Chromium once painted: read, the words run
  // together.
  'words-joined': (doc) => dropSpaces(doc, doc.getPages()[0]!),
};

/** `bytes` with one rule broken. */
export async function breakRule(bytes: Uint8Array, rule: Rule): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  BREAKAGES[rule](doc);
  return doc.save();
}
