/**
 * Every placed chart as a PNG for slides, /data/<chart-id>.png: the standalone SVG rendered at twice its
 * size by sharp at build time (once per distinct chart: standalone.ts), title, source and licence drawn in.
 */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { chartPng, chartSvgFile } from '../../lib/downloads/standalone.ts';
import type { ChartView } from '../../lib/charts/view.ts';

export { getStaticPaths } from './[chart].svg.ts';

export const GET: APIRoute<{ view: ChartView }> = async ({ props }) =>
  new Response(await chartPng(chartSvgFile(props.view, getData().book)), { headers: { 'Content-Type': 'image/png' } });
