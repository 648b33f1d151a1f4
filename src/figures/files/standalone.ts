/**
 * A chart as a file of its own, for slides and articles: the wide layout of the same scene the page
 * draws, with the figure's number and title above it and its source, the book's licence and the
 * figure's address below, in the light palette given as attributes (a file carries no stylesheet) and
 * the page's fonts named, widest-measured last. The PNG download, which is also the figure's social
 * card, is rendered from this SVG at build time.
 */
import type { Book } from '../../book/data/schemas.ts';
import { FIGURE_LABEL } from '../../book/refs/registry.ts';
import { cachedPng } from './png-cache.ts';
import { svgPng } from './svg-png.ts';
import { PALETTE } from '../palette.ts';
import { textBlock, textBottom, type TextMark } from '../scene.ts';
import { escapeXml as xml } from '../../lib/escape-xml.ts';
import { markSvg, sceneMarks } from '../svg.ts';
import { paintLight } from '../paint.ts';
import type { ChartView } from '../view.ts';

/** The page's font stack (tokens.css), ending in DejaVu Sans, the font chart text is measured in. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'Noto Sans', 'Liberation Sans', 'DejaVu Sans', sans-serif";
const MARGIN = 24;
const GAP = 16;

type BookLine = Pick<Book, 'title' | 'licence' | 'url'>;
interface Drawn {
  svg: string;
  width: number;
  height: number;
}

// Each view's file, made once: the figure, its embed page, the SVG and PNG files all ask.
const files = new WeakMap<ChartView, { book: object; drawn: Drawn }>();
function drawn(view: ChartView, book: BookLine): Drawn {
  const made = files.get(view);
  if (made?.book === book) return made.drawn;
  const fresh = standaloneSvg(view, book);
  files.set(view, { book, drawn: fresh });
  return fresh;
}

/** The chart as a standalone SVG document. */
export const chartSvgFile = (view: ChartView, book: BookLine): string => drawn(view, book).svg;

/** The PNG for slides is the SVG at twice its size. */
const PNG_SCALE = 2;

/** The PNG's width and height in pixels, known without drawing it (the embed page's card states them). */
export function chartPngSize(view: ChartView, book: BookLine): { width: number; height: number } {
  const { width, height } = drawn(view, book);
  return { width: width * PNG_SCALE, height: height * PNG_SCALE };
}

/**
 * The file's size, and where its content sits in it: as is if between 1:1 and 2:1, else padded to
 * that, centred. The PNG is the figure's social card, and platforms crop cards to about 1.91:1: a
 * taller picture would lose more than half its height (its title), a flatter one its sides.
 */
export function cardFrame(width: number, height: number): { width: number; height: number; dx: number; dy: number } {
  const framed = { width: Math.max(width, height), height: Math.max(height, Math.ceil(width / 2)) };
  return { ...framed, dx: Math.round((framed.width - width) / 2), dy: Math.round((framed.height - height) / 2) };
}

function standaloneSvg(view: ChartView, book: BookLine): Drawn {
  const scene = view.layouts.find((l) => l.layout === 'wide')!.scene;
  const width = scene.width + 2 * MARGIN;
  const maxWidth = scene.width;
  const stack: TextMark[] = [];
  const add = (text: string, size: number, cls: 'label' | 'muted', gap: number, bold = false) => {
    const top = stack.length ? textBottom(stack.at(-1)!) + gap : MARGIN;
    stack.push(textBlock(text, { x: MARGIN, top, size, class: cls, bold, maxWidth }));
  };
  add(`${FIGURE_LABEL} ${view.number}`, 14, 'muted', 0, true);
  add(view.spec.title, 20, 'label', 6, true);
  const chartTop = textBottom(stack.at(-1)!) + GAP;
  const head = stack.length;
  const source = `Source: ${[...view.source.documents, ...view.source.studies].join(' ')}`;
  add(source, 12, 'muted', chartTop + scene.height + GAP - textBottom(stack.at(-1)!));
  add(`From ${book.title}: ${new URL(view.links.figure, book.url).href}`, 12, 'muted', 6);
  add(book.licence, 12, 'muted', 6);
  const { width: frameWidth, height, dx, dy } = cardFrame(width, Math.ceil(textBottom(stack.at(-1)!) + MARGIN));
  const texts = (marks: TextMark[]) =>
    marks.map((m) => markSvg({ ...m, x: m.x + dx, y: m.y + dy }, paintLight)).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${frameWidth}" height="${height}" viewBox="0 0 ${frameWidth} ${height}" font-family="${FONT_FAMILY}" role="img" aria-labelledby="title" aria-describedby="desc">
<title id="title">${xml(view.name)}</title>
<desc id="desc">${xml(view.desc)}</desc>
<rect width="100%" height="100%" fill="${PALETTE.light.bg}"/>
${texts(stack.slice(0, head))}
<g transform="translate(${MARGIN + dx} ${Math.round(chartTop) + dy})">${sceneMarks(scene, paintLight)}</g>
${texts(stack.slice(head))}
</svg>
`;
  return { svg, width: frameWidth, height };
}

/** The chart's PNG for slides: rendered once per distinct SVG, then kept between builds (png-cache.ts). */
export function chartPng(root: string, view: ChartView, book: BookLine): Promise<Uint8Array> {
  const { svg } = drawn(view, book);
  const density = 72 * PNG_SCALE;
  return cachedPng(root, `chart ${JSON.stringify({ density })}\0${svg}`, () => svgPng(svg, density));
}
