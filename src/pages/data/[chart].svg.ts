/**
 * Every placed chart as a standalone SVG file, /data/<chart-id>.svg: the chart as on the page, with its
 * title, source and the book's licence inside (src/lib/downloads/standalone.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { chartSvgFile } from '../../lib/downloads/standalone.ts';
import { placedCharts, type ChartView } from '../../lib/charts/view.ts';

export const getStaticPaths = (async () => (await placedCharts()).map((view) => ({ params: { chart: view.spec.id }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ChartView }> = ({ props }) =>
  new Response(chartSvgFile(props.view, getData().book), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
