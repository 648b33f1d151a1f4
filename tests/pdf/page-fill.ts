/**
 * How full a printed page is: the lowest ink (text and painted paths) inside the page's text area, as a
 * share of the area's height, read back with pdf.js. The running head and page number sit in the margins
 * and are left out; so are the page's backgrounds and decoration, which the PDF marks as artifacts.
 */
import { OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A page's text area in PDF points from the page's top: print.css's `@page` margins (22 mm, 24 mm). */
export const MM = 72 / 25.4;
const MARGIN_TOP = 22 * MM;
const MARGIN_BOTTOM = 24 * MM;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
/** The y extent (PDF user space, up) of a box [x0, y0, x1, y1] under a matrix. */
function yExtent(m: Matrix, box: ArrayLike<number>): [number, number] {
  const [x0, y0, x1, y1] = Array.from(box);
  const ys = [
    [x0, y0],
    [x0, y1],
    [x1, y0],
    [x1, y1],
  ].map(([x, y]) => m[1] * x! + m[3] * y! + m[5]);
  return [Math.min(...ys), Math.max(...ys)];
}

const tagOf = (arg: unknown): unknown => (arg as { name?: string } | undefined)?.name ?? arg;

/**
 * Vertical extents [bottom, top] of every path a page paints as content (not an artifact, not a clip), in page space.
 */
async function pathExtents(page: PDFPageProxy): Promise<[number, number][]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const stack: Matrix[] = [];
  const marked: unknown[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const out: [number, number][] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) marked.push(tagOf(args[0]));
    else if (fn === OPS.endMarkedContent) marked.pop();
    else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (args[0]) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args[0] !== OPS.endPath && args[2] && !marked.includes('Artifact'))
      out.push(yExtent(ctm, args[2] as ArrayLike<number>));
  });
  return out;
}

/** What a page holds in its text area: how far down its ink reaches, as a share of the area (0 to 1). */
export async function pageFill(page: PDFPageProxy): Promise<number> {
  const [, , , height] = page.view as [number, number, number, number];
  const top = height - MARGIN_TOP;
  const bottom = MARGIN_BOTTOM;
  const text = (await page.getTextContent()).items.flatMap((item) =>
    'str' in item && item.str.trim()
      ? [[item.transform[5] as number, (item.transform[5] as number) + item.height] as [number, number]]
      : [],
  );
  const ink = [...text, ...(await pathExtents(page))].filter(
    ([lo, hi]) => (lo + hi) / 2 < top && (lo + hi) / 2 > bottom,
  ); // inside the text area, not a margin's furniture
  const lowest = Math.min(top, ...ink.map(([lo]) => lo));
  return Math.min(1, (top - lowest) / (top - bottom));
}
