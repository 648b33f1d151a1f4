/**
 * What every chart kind's geometry returns: a scene of plain shapes in SVG user units, which one Astro
 * component renders. Keeping geometry pure (no DOM, no Astro) lets tests check bar lengths, scales and
 * label collisions directly, as Observable Plot tests its marks.
 */
import { ASCENT, DESCENT, LINE_HEIGHT, overlaps, textWidth, wrap, type Box } from './text.ts';

/**
 * The two widths each chart is laid out at. The narrow layout is drawn for phones: a 320 px screen
 * leaves 288 px for it, so its 14-unit text shows at 12.6 px. The wide one takes over when the figure
 * has room for 36rem (576 px), where 14 units are at least 12.6 px again.
 */
export const WIDTHS = { narrow: 320, wide: 640 } as const;
export type LayoutName = keyof typeof WIDTHS;
/** The narrowest the narrow layout is ever shown: a 320 px screen less 16 px margins each side. */
export const MIN_SHOWN_WIDTH = 288;

/** Font sizes in user units. None is below 14, so text stays at 12 px or more on a 320 px screen. */
export const SIZE = { small: 14, label: 15, value: 15, big: 28 } as const;

/**
 * What a shape is, which decides its colour through charts.css: `mark` and `mark-2` are data, `ring` a
 * hollow reference point, `track` the outlined whole behind a share, `rule` a connector between two
 * values; `axis` and `grid` are decorative; `label`, `value` and `muted` are text.
 */
export type MarkClass = 'mark' | 'mark-2' | 'ring' | 'track' | 'rule' | 'axis' | 'grid' | 'label' | 'value' | 'muted';

interface Base {
  class: MarkClass;
  /** Decorative shapes (axes, ticks, grid) are hidden from assistive technology. */
  decorative?: boolean;
  /** A dashed stroke, so a second series differs from the first by more than colour. */
  dashed?: boolean;
}
export interface RectMark extends Base {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface LineMark extends Base {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface CircleMark extends Base {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}
export interface TextMark extends Base {
  type: 'text';
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  size: number;
  bold?: boolean;
}
export type Mark = RectMark | LineMark | CircleMark | TextMark;

/** A laid-out chart: its view box is 0 0 width height. */
export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** A text mark whose first line's ink starts at `top`; wraps to `maxWidth` when given. */
export function textBlock(
  text: string,
  opts: {
    x: number;
    top: number;
    size: number;
    class: MarkClass;
    anchor?: TextMark['anchor'];
    bold?: boolean;
    maxWidth?: number;
    decorative?: boolean;
  },
): TextMark {
  const lines = opts.maxWidth ? wrap(text, opts.maxWidth, opts.size, opts.bold) : [text];
  return {
    type: 'text',
    x: opts.x,
    y: opts.top + ASCENT * opts.size,
    lines,
    anchor: opts.anchor ?? 'start',
    size: opts.size,
    bold: opts.bold,
    class: opts.class,
    decorative: opts.decorative,
  };
}

/** The bottom of a text mark's last line, including descenders. */
export const textBottom = (t: TextMark): number => t.y + (t.lines.length - 1) * LINE_HEIGHT * t.size + DESCENT * t.size;

/** The box a shape's ink occupies. */
export function boxOf(mark: Mark): Box {
  switch (mark.type) {
    case 'rect':
      return { x0: mark.x, y0: mark.y, x1: mark.x + mark.width, y1: mark.y + mark.height };
    case 'circle':
      return { x0: mark.cx - mark.r, y0: mark.cy - mark.r, x1: mark.cx + mark.r, y1: mark.cy + mark.r };
    case 'line':
      return {
        x0: Math.min(mark.x1, mark.x2),
        y0: Math.min(mark.y1, mark.y2),
        x1: Math.max(mark.x1, mark.x2),
        y1: Math.max(mark.y1, mark.y2),
      };
    case 'text': {
      const w = Math.max(...mark.lines.map((l) => textWidth(l, mark.size, mark.bold)));
      const x0 = mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - w : mark.x - w / 2;
      return { x0, x1: x0 + w, y0: mark.y - ASCENT * mark.size, y1: textBottom(mark) };
    }
  }
}

/**
 * Pairs of shapes that collide: text over text, or text over a data mark (bar, cell, dot, ring). Text
 * on a track or across a grid line is allowed; that is where value labels and tick lines belong.
 */
export function collisions(scene: Scene): [Mark, Mark][] {
  const texts = scene.marks.filter((m): m is TextMark => m.type === 'text');
  const solids = scene.marks.filter(
    (m) => (m.type === 'rect' || m.type === 'circle') && ['mark', 'mark-2', 'ring'].includes(m.class),
  );
  const found: [Mark, Mark][] = [];
  texts.forEach((t, i) => {
    for (const other of [...texts.slice(i + 1), ...solids])
      if (overlaps(boxOf(t), boxOf(other))) found.push([t, other]);
  });
  return found;
}
