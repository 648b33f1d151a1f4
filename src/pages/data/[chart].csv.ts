/**
 * Every chart's data as a static CSV file, /data/<chart-id>.csv, built with the site (no server): the
 * download link under each figure points here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartCsv } from '../../lib/charts/csv.ts';
import { getData } from '../../lib/data/index.ts';

export const getStaticPaths = (() => [...getData().charts.keys()].map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const data = getData();
  const spec = data.charts.get(params.chart!)!;
  return new Response(chartCsv(spec, data.stats, data.studies, data.sources), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
