/**
 * Everything shown of one placed chart, worked out once: its number, the scene at each width, the
 * description, table and source. The figure in its chapter, its embed page, its SVG and PNG downloads
 * and its social card all read this, so none of them draws the chart a second time.
 */
import { chartPlaces, getBookIndex, type BookIndex } from '../book/book-index/index.ts';
import { getData } from '../book/data/index.ts';
import type { BookData } from '../book/data/load.ts';
import { figureAnchor, paths, siteUrl } from '../book/routes.ts';
import { chartCsv } from './csv.ts';
import { chartFigure, type ChartFigure, type ChartPlace } from './figure.ts';

export interface ChartView extends ChartFigure {
  /** Site-relative addresses: the figure in its chapter, its own page, and each download. */
  links: { figure: string; page: string; csv: string; svg: string; png: string };
  /** The downloads' paths in the built site (no base path): what the build writes, and the size markers name. */
  files: { csv: string; svg: string; png: string };
  csvBytes: number;
}

/** What the views are worked out from, and the views worked out so far. */
interface Views {
  places: Map<string, ChartPlace>;
  byId: Map<string, ChartView | undefined>;
}
// Once per version of the checked data and of the book index: a chart is shown on up to eight pages and
// files, and the live preview replaces either version on a save, which starts afresh.
const memo = new WeakMap<BookData, WeakMap<BookIndex, Views>>();

function views(root: string): Views {
  const data = getData(root);
  const index = getBookIndex(root);
  const byIndex = memo.get(data) ?? memo.set(data, new WeakMap()).get(data)!;
  return byIndex.get(index) ?? byIndex.set(index, { places: chartPlaces(index), byId: new Map() }).get(index)!;
}

/** The chart `id` of the book at `root` as placed in its chapter, or undefined when no chapter places it. */
export async function chartView(root: string, id: string): Promise<ChartView | undefined> {
  const { places, byId } = views(root);
  if (!byId.has(id)) byId.set(id, workOut(id, getData(root), places.get(id)));
  return byId.get(id);
}

function workOut(id: string, data: BookData, place: ChartPlace | undefined): ChartView | undefined {
  const spec = data.charts.get(id);
  if (!spec || !place) return undefined;
  const files = { csv: paths.chartFile(id, 'csv'), svg: paths.chartFile(id, 'svg'), png: paths.chartFile(id, 'png') };
  const url = (path: string) => siteUrl(data.book.url, path);
  return {
    ...chartFigure(spec, data, place),
    links: {
      figure: `${url(paths.chapter(place.chapter))}#${figureAnchor(id)}`,
      page: url(paths.figurePage(id)),
      csv: url(files.csv),
      svg: url(files.svg),
      png: url(files.png),
    },
    files,
    csvBytes: Buffer.byteLength(chartCsv(spec, data.stats, data.studies, data.sources)),
  };
}

/** Every placed chart of the book at `root`, in book order: one embed page, SVG, PNG and card each. */
export async function placedCharts(root: string): Promise<ChartView[]> {
  const ids = [...views(root).places.entries()].sort((a, b) => a[1].number - b[1].number).map(([id]) => id);
  return (await Promise.all(ids.map((id) => chartView(root, id)))).filter((v) => v !== undefined);
}
