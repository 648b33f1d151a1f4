/**
 * A chart scene as SVG markup: the one renderer behind the inline chart on every page, the standalone
 * SVG download, the PNG made from it and each figure's social card. Coordinates are rounded to 0.1 unit
 * to keep pages small. On a page, colours come from charts.css (its --chart-* properties are written from
 * palette.ts); a standalone file passes `paint`, which gives each shape its colours as attributes (no
 * stylesheet travels with a downloaded file).
 */
import type { Mark, Scene } from './scene.ts';
import { LINE_HEIGHT } from './text.ts';
import { escapeXml as xml } from '../lib/escape-xml.ts';

/** Extra attributes for a shape, by its role: the colours of a standalone file. */
export type Paint = (mark: Mark) => Record<string, string | number | undefined>;

const r = (n: number) => Math.round(n * 10) / 10;

const attrs = (pairs: Record<string, string | number | undefined>): string =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xml(String(v))}"`)
    .join('');

/** One shape as an SVG element. */
export function markSvg(m: Mark, paint?: Paint): string {
  const own: Record<string, string | number | undefined> = { class: `ch-${m.class}`, ...paint?.(m) };
  switch (m.type) {
    case 'rect':
      return `<rect${attrs({ ...own, x: r(m.x), y: r(m.y), width: r(m.width), height: r(m.height) })}/>`;
    case 'line': {
      const dash = m.dashed ? '7 5' : undefined;
      return `<line${attrs({ ...own, x1: r(m.x1), y1: r(m.y1), x2: r(m.x2), y2: r(m.y2), 'stroke-dasharray': dash })}/>`;
    }
    case 'circle':
      return `<circle${attrs({ ...own, cx: r(m.cx), cy: r(m.cy), r: r(m.r) })}/>`;
    case 'text': {
      const body =
        m.lines.length === 1
          ? xml(m.lines[0]!)
          : m.lines
              .map(
                (line, i) =>
                  `<tspan${attrs({ x: r(m.x), dy: i ? r(m.size * LINE_HEIGHT) : undefined })}>${xml(line)}</tspan>`,
              )
              .join('');
      const anchor = m.anchor === 'start' ? undefined : m.anchor;
      const weight = m.bold ? 700 : undefined;
      const at = attrs({
        ...own,
        x: r(m.x),
        y: r(m.y),
        'font-size': m.size,
        'font-weight': weight,
        'text-anchor': anchor,
      });
      return `<text${at}>${body}</text>`;
    }
  }
}

/**
 * Every shape of a scene: decoration (axes, ticks, grid) first, in a group hidden from assistive
 * technology and left out of the contrast checks, so the data is drawn over it.
 */
export const sceneMarks = (scene: Scene, paint?: Paint): string => {
  const shapes = (decorative: boolean) =>
    scene.marks
      .filter((m) => !!m.decorative === decorative)
      .map((m) => markSvg(m, paint))
      .join('');
  return `<g aria-hidden="true">${shapes(true)}</g>${shapes(false)}`;
};
