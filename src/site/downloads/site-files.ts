/**
 * The site's files that are not pages: each placed chart's data (CSV), drawing (SVG) and PNG for
 * slides, each page's social card, and every stat as CSV and JSON. None goes through Astro's page
 * renderer: the build writes them beside the pages (src/pipeline/integrations/downloads.ts), each PNG as the
 * cache kept it (checked against its digest), and the dev server serves them at the same addresses.
 */
import { placedCharts } from '../../figures/view.ts';
import { chartCsv } from '../../figures/csv.ts';
import { getData } from '../../book/data/index.ts';
import type { BookData } from '../../book/data/load.ts';
import { getBookIndex, type BookIndex } from '../../book/book-index/index.ts';
import { formatDate } from '../../book/data/describe.ts';
import { cachedCardPng } from '../sharing/og-image.ts';
import { cardFor } from '../sharing/page-meta.ts';
import { paths } from '../../book/routes.ts';
import { chartPng, chartSvgFile } from '../../figures/files/standalone.ts';
import { statsCsv, statsJson } from './stat-table.ts';

export interface SiteFile {
  /** Its path in the built site, without the base path: 'data/staff-views.png'. */
  path: string;
  /** Its media type, as the dev server sends it. */
  type: string;
  /** Makes it (a PNG: drawn, unless the cache has it). */
  content: () => Promise<string | Uint8Array>;
}

const CSV = 'text/csv; charset=utf-8';
const PNG = 'image/png';

// Once per version of the data and of the book index: the dev server looks a file up on every request.
const made = new WeakMap<BookData, WeakMap<BookIndex, Promise<Map<string, SiteFile>>>>();

/** Every file of the book at `root` by its path, as the book stands now. */
export function siteFiles(root: string): Promise<Map<string, SiteFile>> {
  const data = getData(root);
  const index = getBookIndex(root);
  const byIndex = made.get(data) ?? made.set(data, new WeakMap()).get(data)!;
  return byIndex.get(index) ?? byIndex.set(index, listFiles(root, data)).get(index)!;
}

async function listFiles(root: string, data: BookData): Promise<Map<string, SiteFile>> {
  const { book } = data;
  const text = (path: string, type: string, make: () => string): SiteFile => ({
    path,
    type,
    content: async () => make(),
  });
  const charts = (await placedCharts(root)).flatMap((view) => [
    text(view.files.csv, CSV, () => chartCsv(view.spec, data.stats, data.studies, data.sources)),
    text(view.files.svg, 'image/svg+xml; charset=utf-8', () => chartSvgFile(view, book)),
    { path: view.files.png, type: PNG, content: () => chartPng(root, view, book) },
  ]);
  const masthead = `${book.publisher} · ${formatDate(book.date)}`;
  const cards = cardFor.all(root).map(
    ({ id, kicker, title, footer }): SiteFile => ({
      path: paths.card(id),
      type: PNG,
      content: () => cachedCardPng(root, { masthead, kicker, title, footer }),
    }),
  );
  const stats = [
    text(paths.statsFile('csv'), CSV, () => statsCsv(data)),
    text(paths.statsFile('json'), 'application/json; charset=utf-8', () => statsJson(data)),
  ];
  return new Map([...charts, ...cards, ...stats].map((file) => [file.path, file]));
}
