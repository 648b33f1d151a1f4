/**
 * The site's files that are not pages: each placed chart's data (CSV), drawing (SVG) and PNG for
 * slides, each page's social card, and every stat as CSV and JSON. None goes through Astro's page
 * renderer: the build writes them beside the pages (src/integrations/downloads.ts), each PNG as the
 * cache kept it (checked against its digest), and the dev server serves them at the same addresses.
 */
import { placedCharts } from '../charts/view.ts';
import { chartCsv } from '../charts/csv.ts';
import { getData } from '../data/index.ts';
import { formatDate } from '../data/describe.ts';
import { cachedCardPng } from '../sharing/og-image.ts';
import { cardFor, cardPath } from '../sharing/page-meta.ts';
import { chartPng, chartSvgFile } from './standalone.ts';
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

/** Every file, as the book stands now (data, chapters and book index, each read once per version). */
export async function siteFiles(): Promise<SiteFile[]> {
  const data = getData();
  const { book } = data;
  const text = (path: string, type: string, make: () => string): SiteFile => ({ path, type, content: async () => make() });
  const charts = (await placedCharts()).flatMap((view) => [
    text(view.files.csv, CSV, () => chartCsv(view.spec, data.stats, data.studies, data.sources)),
    text(view.files.svg, 'image/svg+xml; charset=utf-8', () => chartSvgFile(view, book)),
    { path: view.files.png, type: PNG, content: () => chartPng(view, book) },
  ]);
  const masthead = `${book.publisher} · ${formatDate(book.date)}`;
  const cards = cardFor.all().map(({ id, kicker, title, footer }): SiteFile => ({
    path: cardPath(id), type: PNG, content: () => cachedCardPng({ masthead, kicker, title, footer }),
  }));
  const stats = [text('data/stats.csv', CSV, () => statsCsv(data)), text('data/stats.json', 'application/json; charset=utf-8', () => statsJson(data))];
  return [...charts, ...cards, ...stats];
}
