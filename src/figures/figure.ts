/**
 * What a placed chart shows wherever it is shown (a page, the print edition, the EPUB): its number,
 * the name it is read out by, the description with its values, the data table, the source and the
 * scene at each width. view.ts adds the site's addresses; the editions read this alone.
 */
import type { BookData } from '../book/data/load.ts';
import type { ChartSpec } from '../book/data/charts.ts';
import { FIGURE_LABEL } from '../book/refs/registry.ts';
import { chartDescription, chartScene, chartTable, type DataTable } from './model.ts';
import { WIDTHS, type LayoutName, type Scene } from './scene.ts';
import { chartSource } from './source.ts';

/** A placed chart's number and chapter (the book index's one numbering). */
export interface ChartPlace {
  number: number;
  chapter: string;
}

export interface ChartFigure {
  spec: ChartSpec;
  /** "Figure N" across the book. */
  number: number;
  /** The chapter that places it. */
  chapter: string;
  /** "Figure N: title", the image's name. */
  name: string;
  desc: string;
  table: DataTable;
  source: { documents: string[]; studies: string[] };
  layouts: { layout: LayoutName; scene: Scene }[];
}

export function chartFigure(spec: ChartSpec, data: BookData, place: ChartPlace): ChartFigure {
  return {
    spec,
    number: place.number,
    chapter: place.chapter,
    name: `${FIGURE_LABEL} ${place.number}: ${spec.title}`,
    desc: chartDescription(spec, data.stats),
    table: chartTable(spec, data.stats),
    source: chartSource(spec, data),
    layouts: (Object.keys(WIDTHS) as LayoutName[]).map((layout) => ({
      layout,
      scene: chartScene(spec, data.stats, WIDTHS[layout]),
    })),
  };
}
