/**
 * Charts on paper: they print in the brand blues of the palette, and printed in greyscale their marks
 * still stand out from the paper (3:1, WCAG 1.4.11's ratio for graphics). Each page that holds a chart
 * is rendered in greyscale by poppler, as a black-and-white printer would, and its large areas of one
 * grey (bars, cells, bands; not text, which is thin) are measured against white.
 */
import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { contrast, PALETTE } from '../../src/figures/palette.ts';
import { pageContent, pageForms, streamText } from '../pdfua/content.ts';
import { operations } from '../pdfua/syntax.ts';
import { BOOK_PDF, data, openPdf, pdfBytes } from './read-book.ts';
import { DIST } from '../support/site.ts';

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}
/** The alt text of every chart on a page ("Figure 3: title. values"). */
const chartsIn = (node: StructNode | null): string[] =>
  !node
    ? []
    : node.role === 'Figure' && /^Figure \d+/.test(node.alt ?? '')
      ? [node.alt!]
      : (node.children ?? []).flatMap(chartsIn);

const bytes = pdfBytes(BOOK_PDF);
const doc = await openPdf(bytes);
const chartsOnPage = new Map<number, string[]>();
for (let n = 1; n <= doc.numPages; n++) {
  const alts = chartsIn((await (await doc.getPage(n)).getStructTree()) as StructNode);
  if (alts.length) chartsOnPage.set(n, alts);
}
const chartPages = [...chartsOnPage.keys()];
/** A chart drawn in lines and dots alone (a slope chart), too thin to measure on the page: its colours are measured. */
const thin = (alt: string) =>
  [...data.charts.values()].some((c) => c.kind === 'slope' && alt.includes(`: ${c.title}.`));

/** Page `n` rendered in greyscale at 100 dpi: its pixels' grey levels (0 black to 255 white). */
function greyPixels(n: number): Uint8Array {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '100', '-f', String(n), '-l', String(n), `${DIST}/${BOOK_PDF}`]);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 40))!;
  return new Uint8Array(pgm.subarray(header[0].length));
}

/**
 * Grey levels (in steps of 8) that fill at least `share` of the page; white and the edges of shapes (light) left out.
 */
function dominantGreys(pixels: Uint8Array, share = 0.005): number[] {
  const counts = new Map<number, number>();
  for (const p of pixels) if (p < 224) counts.set(p >> 3, (counts.get(p >> 3) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= share * pixels.length).map(([g]) => g * 8 + 4);
}
/**
 * How many components a colour space named in content has: 3 for RGB (DeviceRGB, or ICC like Typst's sRGB), 1 for grey.
 */
function components(pdf: PDFDocument, resources: PDFDict | undefined, name: string): number {
  const device: Record<string, number> = { DeviceRGB: 3, DeviceGray: 1, DeviceCMYK: 4 };
  if (device[name] !== undefined) return device[name];
  const space = resources?.lookupMaybe(PDFName.of('ColorSpace'), PDFDict)?.lookup(PDFName.of(name));
  if (!(space instanceof PDFArray) || space.get(0) !== PDFName.of('ICCBased')) return 0; // Pattern, Indexed, Separation…
  const profile = pdf.context.lookup(space.get(1));
  const n = profile instanceof PDFRawStream ? profile.dict.get(PDFName.of('N')) : undefined;
  return n instanceof PDFNumber ? n.asNumber() : 0;
}

/** Every RGB or grey colour a content stream paints with (fill and stroke), as #rrggbb: `r g b rg`, `g`,
 * and (Typst's way) a colour space chosen with `cs` and the colour set with `sc`/`scn`. */
function paintColours(pdf: PDFDocument, src: string, resources: PDFDict | undefined): string[] {
  const out: string[] = [];
  const space = { fill: 1, stroke: 1 }; // DeviceGray until a cs/CS says otherwise
  const add = (values: number[]) =>
    out.push(
      `#${values
        .map((v) =>
          Math.round(v * 255)
            .toString(16)
            .padStart(2, '0'),
        )
        .join('')}`,
    );
  for (const { operator, operands } of operations(src)) {
    const values = operands.filter((o): o is number => typeof o === 'number');
    const n = /^(sc|scn)$/.test(operator) ? space.fill : /^(SC|SCN)$/.test(operator) ? space.stroke : 0;
    if (operator === 'cs' || operator === 'CS')
      space[operator === 'cs' ? 'fill' : 'stroke'] = components(pdf, resources, String(operands[0]).slice(1));
    else if (operator === 'rg' || operator === 'RG' || (n === 3 && values.length === 3)) add(values);
    else if (operator === 'g' || operator === 'G' || (n === 1 && values.length === 1))
      add([values[0]!, values[0]!, values[0]!]);
  }
  return out;
}

/** Every colour the chart pages paint with, in their own content and in the forms they paint (an SVG's groups). */
const colours = new Set<string>();
const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
for (const n of chartPages) {
  const page = pdf.getPage(n - 1);
  const streams = [
    { src: pageContent(pdf, page), resources: page.node.Resources() },
    ...pageForms(pdf, page).map((f) => ({ src: streamText(f.stream), resources: f.resources })),
  ];
  for (const { src, resources } of streams) for (const colour of paintColours(pdf, src, resources)) colours.add(colour);
}
const hexGrey = (g: number) => `#${g.toString(16).padStart(2, '0').repeat(3)}`;

describe('charts on paper', () => {
  it('finds the pages that hold charts', () => expect(chartPages.length).toBeGreaterThan(0));

  it('prints the marks in the brand blues of the palette, not black', () => {
    expect(colours).toContain(PALETTE.light.mark);
    expect(colours).toContain(PALETTE.light.mark2);
  });

  // Thin marks (a slope chart's lines and dots) are too small to measure on the page: their colours are.
  it(
    'paints nothing on a chart page, but the paper and the faint grid, that turns lighter ' + 'than 3:1 in greyscale',
    () => {
      for (const colour of colours) {
        if (colour === '#ffffff' || colour === PALETTE.light.grid) continue;
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
        const grey = Math.round(0.299 * r! + 0.587 * g! + 0.114 * b!); // as poppler's -gray renders it
        expect(contrast(hexGrey(grey), '#ffffff'), `${colour} prints as grey ${grey}`).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(chartPages)('page %i in greyscale: every large mark stands out from the paper by 3:1', (n) => {
    const greys = dominantGreys(greyPixels(n));
    if (!chartsOnPage.get(n)!.every(thin))
      expect(greys.length, `page ${n}: no mark large enough to measure`).toBeGreaterThan(0);
    for (const g of greys) expect(contrast(hexGrey(g), '#ffffff'), `page ${n}: grey ${g}`).toBeGreaterThanOrEqual(3);
  });
});
