/**
 * What the checker needs of a font to read shown text: its ToUnicode map, how many bytes a code takes,
 * and each glyph's advance (to know where shown text ends, so a new line is told from a superscript).
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import { readToUnicode, type UnicodeMap } from './cmap.ts';

export interface FontReading {
  map: UnicodeMap | undefined;
  /** Bytes per code: the CMap's codespace, else 2 for a Type0 (CID) font and 1 for a simple font. */
  bytes: number;
  /** A code's advance in thousandths of the font size (ISO 32000-1 §9.7.4.3 for CID fonts, §9.6.2 for simple ones). */
  width: (code: number) => number;
}

const N = PDFName.of;
const num = (doc: PDFDocument, o: PDFObject | undefined): number => {
  const v = o ? doc.context.lookup(o) : undefined;
  return v instanceof PDFNumber ? v.asNumber() : 0;
};

/** A font's widths. A CID font's /W is read as by CID = code (Identity-H, as both Typst and Chromium write). */
function widths(doc: PDFDocument, font: PDFDict): (code: number) => number {
  const explicit = new Map<number, number>();
  const ranges: Array<[number, number, number]> = [];
  const cid = font.lookupMaybe(N('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
  if (cid) {
    const w = cid.lookupMaybe(N('W'), PDFArray)?.asArray() ?? [];
    for (let i = 0; i + 1 < w.length; ) {
      const first = num(doc, w[i]);
      const next = doc.context.lookup(w[i + 1]!);
      if (next instanceof PDFArray) {
        next.asArray().forEach((v, k) => explicit.set(first + k, num(doc, v)));
        i += 2;
      } else {
        ranges.push([first, num(doc, next), num(doc, w[i + 2])]);
        i += 3;
      }
    }
    const dw = cid.has(N('DW')) ? num(doc, cid.get(N('DW'))) : 1000;
    return (code) => explicit.get(code) ?? ranges.find(([a, b]) => code >= a && code <= b)?.[2] ?? dw;
  }
  const firstChar = num(doc, font.get(N('FirstChar')));
  font
    .lookupMaybe(N('Widths'), PDFArray)
    ?.asArray()
    .forEach((v, k) => explicit.set(firstChar + k, num(doc, v)));
  return (code) => explicit.get(code) ?? 0;
}

/** The fonts a resource dictionary names, by name. */
export function fontReadings(doc: PDFDocument, resources: PDFDict | undefined): Map<string, FontReading> {
  const fonts = new Map<string, FontReading>();
  for (const [name, ref] of resources?.lookupMaybe(N('Font'), PDFDict)?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const cmap = font.lookup(N('ToUnicode'));
    const map =
      cmap instanceof PDFRawStream
        ? readToUnicode(Buffer.from(decodePDFRawStream(cmap).decode()).toString('latin1'))
        : undefined;
    fonts.set(name.decodeText(), {
      map,
      bytes: map?.bytes ?? (font.get(N('Subtype')) === N('Type0') ? 2 : 1),
      width: widths(doc, font),
    });
  }
  return fonts;
}
