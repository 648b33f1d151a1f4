/**
 * Reading a page's content stream as a PDF/UA checker must: what is painted, inside which marked-content
 * sequence (an /MCID of the structure tree, an /Artifact, or none), and the text each sequence shows,
 * decoded through its font's ToUnicode map, with the line breaks where the text moves to a new line.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';
import { operations } from '../../scripts/pdf/artifacts.ts';
import { parseToUnicode, type UnicodeMap } from '../../scripts/pdf/cmap.ts';

/** What happened in a content stream, in order. */
export type Painted =
  | { kind: 'text'; text: string; mcid?: number; artifact: boolean; newLine: boolean }
  | { kind: 'path' | 'image'; mcid?: number; artifact: boolean; tagged: boolean };

const N = PDFName.of;
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** The operands of one operation: numbers, names, strings (as bytes), arrays, and a dict's raw text. */
type Operand = number | string | { bytes: number[] } | Operand[];

function tokens(src: string): Operand[] {
  const out: Operand[][] = [[]];
  const re = /\s*(\[|\]|<<[\s\S]*?>>|<[0-9a-fA-F\s]*>|\((?:\\[\s\S]|[^\\)])*\)|\/[^\s/[\]<>()]*|[+-]?[\d.]+|[^\s/[\]<>()]+)/gy;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const t = m[1]!;
    const top = out[out.length - 1]!;
    if (t === '[') out.push([]);
    else if (t === ']') { const arr = out.pop()!; out[out.length - 1]!.push(arr); }
    else if (t.startsWith('<<')) top.push(t);
    else if (t.startsWith('<')) {
      const hex = t.slice(1, -1).replace(/\s/g, '');
      top.push({ bytes: Array.from({ length: Math.ceil(hex.length / 2) }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2).padEnd(2, '0'), 16)) });
    } else if (t.startsWith('(')) top.push({ bytes: [...unescape(t.slice(1, -1))].map((c) => c.charCodeAt(0)) });
    else if (/^[+-]?[\d.]+$/.test(t)) top.push(Number(t));
    else top.push(t);
  }
  return out[0]!;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
const unescape = (s: string): string => s.replace(/\\([0-7]{1,3}|[\s\S])/g, (_, e: string) =>
  /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ESCAPES[e] ?? (e === '\n' ? '' : e));

/** A font's ToUnicode map and code width (2 bytes for Chromium's Identity-H CID fonts). */
interface FontReading { map: UnicodeMap | undefined; bytes: 1 | 2 }

function fontReadings(doc: PDFDocument, page: PDFPage): Map<string, FontReading> {
  const fonts = new Map<string, FontReading>();
  const dict = page.node.Resources()?.lookupMaybe(N('Font'), PDFDict);
  for (const [name, ref] of dict?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict);
    const cmap = font.lookup(N('ToUnicode'));
    const map = cmap instanceof PDFRawStream ? parseToUnicode(latin1(decodePDFRawStream(cmap).decode())) : undefined;
    fonts.set(name.decodeText(), { map, bytes: font.get(N('Subtype')) === N('Type0') ? 2 : 1 });
  }
  return fonts;
}

/** The decoded content of a page: its content streams joined, as latin1 text (one char per byte). */
export function pageContent(doc: PDFDocument, page: PDFPage): string {
  const contents = page.node.get(N('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return refs.map((ref) => {
    const stream = doc.context.lookup(ref as PDFRef);
    return stream instanceof PDFRawStream ? latin1(decodePDFRawStream(stream).decode()) : '';
  }).join('\n');
}

const PATH_PAINT = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);

/** Everything a page paints, in order, with the marked content it is in. */
export function readPage(doc: PDFDocument, page: PDFPage): Painted[] {
  const src = pageContent(doc, page);
  const fonts = fontReadings(doc, page);
  const out: Painted[] = [];
  const marks: Array<{ tag: string; mcid?: number }> = [];
  let font: FontReading | undefined;
  let lineY: number | undefined;
  let y = 0;
  // Only the vertical part of the transformation matters here: [scale, offset] of y, saved by q, restored by Q.
  let ctm: [number, number] = [1, 0];
  const saved: Array<[number, number]> = [];
  const where = () => {
    const mcid = [...marks].reverse().find((m) => m.mcid !== undefined)?.mcid;
    return { mcid, artifact: marks.some((m) => m.tag === 'Artifact'), tagged: marks.length > 0 };
  };
  const show = (operand: Operand | undefined) => {
    if (!operand || typeof operand !== 'object' || Array.isArray(operand)) return;
    const { bytes } = operand;
    let text = '';
    const width = font?.bytes ?? 1;
    for (let i = 0; i + width <= bytes.length; i += width) {
      const code = width === 2 ? bytes[i]! * 256 + bytes[i + 1]! : bytes[i]!;
      text += font?.map?.get(code) ?? '\ufffd';
    }
    const deviceY = ctm[0] * y + ctm[1];
    const newLine = lineY !== undefined && Math.abs(deviceY - lineY) > 1;
    lineY = deviceY;
    out.push({ kind: 'text', text, newLine, ...where() });
  };
  for (const op of operations(src)) {
    const args = tokens(src.slice(op.start, op.end - op.operator.length));
    switch (op.operator) {
      case 'BMC': marks.push({ tag: String(args[0]).slice(1) }); break;
      case 'BDC': {
        const mcid = /\/MCID\s+(\d+)/.exec(String(args[1]))?.[1];
        marks.push({ tag: String(args[0]).slice(1), mcid: mcid === undefined ? undefined : Number(mcid) });
        break;
      }
      case 'EMC': marks.pop(); break;
      case 'q': saved.push(ctm); break;
      case 'Q': ctm = saved.pop() ?? [1, 0]; break;
      case 'cm': ctm = [Number(args[3]) * ctm[0], Number(args[5]) * ctm[0] + ctm[1]]; break;
      case 'Tf': font = fonts.get(String(args[0]).slice(1)); break;
      case 'Tm': y = Number(args[5]); break;
      case 'Td': case 'TD': y += Number(args[1]); break;
      case 'T*': y += 1e6; break;
      case 'Tj': show(args[0]); break;
      case "'": case '"': y += 1e6; show(args[args.length - 1]); break;
      case 'TJ': for (const part of (args[0] as Operand[]) ?? []) show(part); break;
      case 'Do': case 'BI': case 'sh': out.push({ kind: 'image', ...where() }); break;
      default: if (PATH_PAINT.has(op.operator)) out.push({ kind: 'path', ...where() });
    }
  }
  return out;
}
