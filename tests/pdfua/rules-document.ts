/** PDF/UA-1's rules on the document as a whole: tagged, metadata, title shown, language, fonts. */
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
} from 'pdf-lib';
import type { Failure } from './rules.ts';
import { pageForms } from './content.ts';
import { text } from './tree.ts';

const N = PDFName.of;

export function documentRules(doc: PDFDocument): Failure[] {
  const failures: Failure[] = [];
  const { catalog } = doc;
  const markInfo = catalog.lookupMaybe(N('MarkInfo'), PDFDict);
  if (!(catalog.lookup(N('StructTreeRoot')) instanceof PDFDict) || markInfo?.get(N('Marked')) !== PDFBool.True) {
    failures.push({ rule: '01-001', where: 'catalog: no StructTreeRoot or MarkInfo /Marked is not true' });
  }
  const metadata = catalog.lookup(N('Metadata'));
  const xmp =
    metadata instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(metadata).decode()).toString('utf8') : undefined;
  if (xmp === undefined) failures.push({ rule: '06-001', where: 'catalog: no /Metadata stream' });
  else {
    if (!/<pdfuaid:part>\s*1\s*<\/pdfuaid:part>|pdfuaid:part=["']1["']/.test(xmp))
      failures.push({ rule: '06-002', where: 'XMP: no pdfuaid:part 1' });
    if (!/<dc:title>[\s\S]*?<rdf:li[^>]*>\s*\S[\s\S]*?<\/dc:title>/.test(xmp))
      failures.push({ rule: '06-003', where: 'XMP: no dc:title' });
  }
  const prefs = catalog.lookupMaybe(N('ViewerPreferences'), PDFDict);
  if (prefs?.get(N('DisplayDocTitle')) !== PDFBool.True)
    failures.push({ rule: '07-001', where: 'ViewerPreferences: DisplayDocTitle is not true' });
  if (!text(catalog.lookup(N('Lang')))?.trim()) failures.push({ rule: '11-006', where: 'catalog: no /Lang' });
  failures.push(...fontRules(doc));
  return failures;
}

/**
 * Every font a page uses, in its own content or in a form it paints (an SVG's text), is embedded and has a ToUnicode
 * map.
 */
function fontRules(doc: PDFDocument): Failure[] {
  const failures: Failure[] = [];
  const seen = new Set<string>();
  doc.getPages().forEach((page, i) => {
    const fonts = [page.node.Resources(), ...pageForms(doc, page).map((f) => f.resources)].flatMap((resources) => [
      ...(resources?.lookupMaybe(N('Font'), PDFDict)?.entries() ?? []),
    ]);
    for (const [name, ref] of fonts) {
      if (seen.has(ref.toString())) continue;
      seen.add(ref.toString());
      const font = doc.context.lookup(ref, PDFDict);
      const where = `page ${i + 1}, font ${name.decodeText()} (${font.get(N('BaseFont'))?.toString() ?? 'unnamed'})`;
      const descendant = font.lookupMaybe(N('DescendantFonts'), PDFArray)?.lookup(0, PDFDict) ?? font;
      const descriptor = descendant.lookupMaybe(N('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor?.get(N(k)) instanceof PDFRef);
      if (!embedded && font.get(N('Subtype')) !== N('Type3')) failures.push({ rule: '31-009', where });
      if (!(font.lookup(N('ToUnicode')) instanceof PDFRawStream)) failures.push({ rule: '31-027', where });
    }
  });
  return failures;
}
