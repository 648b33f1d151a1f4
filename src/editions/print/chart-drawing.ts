/**
 * A chart as the print edition draws it: the wide layout of the scene every edition draws, in the light
 * palette's brand blues, its text named in the book's own typeface and nothing else (Typst sets SVG text
 * in the font it names, or falls back on any font it finds), and no caption inside: the template sets
 * the figure's number, title and source around it.
 */
import { paintLight } from '../../figures/paint.ts';
import type { ChartFigure } from '../../figures/figure.ts';
import { sceneMarks } from '../../figures/svg.ts';

export const PRINT_FONT = 'Atkinson Hyperlegible Next';

export function printChartSvg(figure: ChartFigure): string {
  const { scene } = figure.layouts.find((l) => l.layout === 'wide')!;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" ` +
    `viewBox="0 0 ${scene.width} ${scene.height}" ` +
    `font-family="${PRINT_FONT}">${sceneMarks(scene, paintLight)}</svg>`
  );
}

/** The words a chart's drawing shows, for the glyph check. */
export const chartWords = (figure: ChartFigure): string =>
  figure.layouts
    .find((l) => l.layout === 'wide')!
    .scene.marks.flatMap((m) => (m.type === 'text' ? m.lines : []))
    .join(' ');
