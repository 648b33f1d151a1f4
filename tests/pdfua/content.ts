/**
 * Reading a page's content stream as a PDF/UA checker must: what is painted, inside which marked-content
 * sequence (an /MCID of the structure tree, an /Artifact, or none), and the text each sequence shows,
 * decoded through its font's ToUnicode map, with the line breaks where the text moves to a new line.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { fontReadings, type FontReading } from './fonts.ts';
import { entry, operations, type Operand } from './syntax.ts';

/** What happened in a content stream, in order. */
export type Painted =
  | { kind: 'text'; text: string; mcid?: number; artifact: boolean; newLine: boolean }
  | { kind: 'path' | 'image'; mcid?: number; artifact: boolean; tagged: boolean };

const N = PDFName.of;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The decoded content of a page: its content streams joined, as latin1 text (one char per byte). */
export function pageContent(doc: PDFDocument, page: PDFPage): string {
  const contents = page.node.get(N('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs
    .map((ref) => {
      const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      return stream instanceof PDFRawStream ? streamText(stream) : '';
    })
    .join('\n');
}

/** A form XObject a page paints (at any depth), and the resources its content names. */
export interface Form {
  stream: PDFRawStream;
  resources: PDFDict | undefined;
}

/** The form XObjects a page's resources reach: their content is painted where the page (or a form) does `Do`. */
export function pageForms(doc: PDFDocument, page: PDFPage): Form[] {
  const forms: Form[] = [];
  const seen = new Set<string>();
  const visit = (resources: PDFDict | undefined) => {
    for (const [, ref] of resources?.lookupMaybe(N('XObject'), PDFDict)?.entries() ?? []) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) || stream.dict.get(N('Subtype')) !== N('Form') || seen.has(ref.toString()))
        continue;
      seen.add(ref.toString());
      // A form with no resources of its own uses the page's (an old PDF's way).
      const own = stream.dict.lookupMaybe(N('Resources'), PDFDict) ?? page.node.Resources();
      forms.push({ stream, resources: own });
      visit(own);
    }
  };
  visit(page.node.Resources());
  return forms;
}

/** A content stream's text, decoded, as latin1 (one char per byte). */
export const streamText = (stream: PDFRawStream): string => latin1(decodePDFRawStream(stream).decode());

/** An affine matrix [a b c d e f], and the product `m` then `n` (ISO 32000-1 §8.3.4). */
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const times = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
];
const num = (o: Operand | undefined): number => (typeof o === 'number' ? o : 0);
const matrix = (ops: Operand[]): Matrix => [0, 1, 2, 3, 4, 5].map((k) => num(ops[k])) as Matrix;

const PATH_PAINT = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);

/** The graphics state the reading needs: the CTM and the text state, both saved by q and restored by Q. */
interface State {
  ctm: Matrix;
  font?: FontReading;
  size: number;
  rise: number;
  leading: number;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
}

/** Everything a page paints, in order, with the marked content it is in. */
export function readPage(doc: PDFDocument, page: PDFPage): Painted[] {
  const fonts = fontReadings(doc, page.node.Resources());
  const properties = page.node.Resources()?.lookupMaybe(N('Properties'), PDFDict);
  const out: Painted[] = [];
  const marks: Array<{ tag: string; mcid?: number }> = [];
  let g: State = { ctm: IDENTITY, size: 0, rise: 0, leading: 0, charSpacing: 0, wordSpacing: 0, scale: 1 };
  const saved: State[] = [];
  let tm = IDENTITY;
  let tlm = IDENTITY;
  // The baseline of the last text shown, and where (device x) it ended.
  let last: { y: number; endX: number } | undefined;
  const where = () => {
    const mcid = [...marks].reverse().find((m) => m.mcid !== undefined)?.mcid;
    return { mcid, artifact: marks.some((m) => m.tag === 'Artifact'), tagged: marks.length > 0 };
  };
  /** The MCID of a BDC's property list, inline or named in the page's /Properties. */
  const mcidOf = (props: Operand | undefined): number | undefined => {
    const inline = entry(props, 'MCID');
    if (typeof inline === 'number') return inline;
    const named =
      typeof props === 'string' ? properties?.lookupMaybe(N(props.slice(1)), PDFDict)?.get(N('MCID')) : undefined;
    return named instanceof PDFNumber ? named.asNumber() : undefined;
  };
  const advance = (tx: number) => {
    tm = times([1, 0, 0, 1, tx * g.scale, 0], tm);
  };
  const show = (operand: Operand | undefined) => {
    if (typeof operand === 'number') {
      advance((-operand / 1000) * g.size);
      return;
    } // a TJ adjustment
    if (!operand || typeof operand !== 'object' || !('bytes' in operand)) return;
    const { bytes } = operand;
    const width = g.font?.bytes ?? 1;
    const start = times([g.size, 0, 0, g.size, 0, g.rise], times(tm, g.ctm));
    let text = '';
    for (let i = 0; i + width <= bytes.length; i += width) {
      let code = 0;
      for (let k = 0; k < width; k++) code = code * 256 + bytes[i + k]!;
      text += g.font?.map?.codes.get(code) ?? '\ufffd';
      advance(
        ((g.font?.width(code) ?? 0) / 1000) * g.size + g.charSpacing + (width === 1 && code === 32 ? g.wordSpacing : 0),
      );
    }
    // A new line: the baseline moves and the text starts left of where the last text ended (a
    // superscript moves the baseline but carries on to the right), or it jumps by more than a line.
    const dy = last ? Math.abs(start[5] - last.y) : 0;
    const size = Math.hypot(start[2], start[3]);
    const newLine = last !== undefined && dy > 1 && (start[4] < last.endX - size / 4 || dy > 2 * size);
    last = { y: start[5], endX: times(tm, g.ctm)[4] };
    out.push({ kind: 'text', text, newLine, ...where() });
  };
  const nextLine = (tx: number, ty: number) => {
    tlm = times([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };
  for (const { operator, operands: args } of operations(pageContent(doc, page))) {
    switch (operator) {
      case 'BMC':
        marks.push({ tag: String(args[0]).slice(1) });
        break;
      case 'BDC':
        marks.push({ tag: String(args[0]).slice(1), mcid: mcidOf(args[1]) });
        break;
      case 'EMC':
        marks.pop();
        break;
      case 'q':
        saved.push({ ...g });
        break;
      case 'Q':
        g = saved.pop() ?? g;
        break;
      case 'cm':
        g.ctm = times(matrix(args), g.ctm);
        break;
      case 'BT':
        tm = tlm = IDENTITY;
        break;
      case 'Tf':
        g.font = fonts.get(String(args[0]).slice(1));
        g.size = num(args[1]);
        break;
      case 'Ts':
        g.rise = num(args[0]);
        break;
      case 'TL':
        g.leading = num(args[0]);
        break;
      case 'Tc':
        g.charSpacing = num(args[0]);
        break;
      case 'Tw':
        g.wordSpacing = num(args[0]);
        break;
      case 'Tz':
        g.scale = num(args[0]) / 100;
        break;
      case 'Tm':
        tm = tlm = matrix(args);
        break;
      case 'Td':
        nextLine(num(args[0]), num(args[1]));
        break;
      case 'TD':
        g.leading = -num(args[1]);
        nextLine(num(args[0]), num(args[1]));
        break;
      case 'T*':
        nextLine(0, -g.leading);
        break;
      case 'Tj':
        show(args[0]);
        break;
      case "'":
        nextLine(0, -g.leading);
        show(args[0]);
        break;
      case '"':
        g.wordSpacing = num(args[0]);
        g.charSpacing = num(args[1]);
        nextLine(0, -g.leading);
        show(args[2]);
        break;
      case 'TJ':
        for (const part of Array.isArray(args[0]) ? args[0] : []) show(part);
        break;
      case 'Do':
      case 'BI':
      case 'sh':
        out.push({ kind: 'image', ...where() });
        break;
      default:
        if (PATH_PAINT.has(operator)) out.push({ kind: 'path', ...where() });
    }
  }
  return out;
}
