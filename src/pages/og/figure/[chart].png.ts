/**
 * /og/figure/<chart-id>.png: each figure's own social card, named by its page (/embed/<chart-id>/), so a
 * shared link to a figure shows that chart: the standalone SVG fitted on a 1200×630 card, rendered once
 * per distinct SVG (../_cache.ts).
 */
import type { APIRoute } from 'astro';
import { getData } from '../../../lib/data/index.ts';
import { chartSvgFile } from '../../../lib/downloads/standalone.ts';
import { figureCardPng } from '../../../lib/sharing/og-image.ts';
import type { ChartView } from '../../../lib/charts/view.ts';
import { cachedCard } from '../_cache.ts';

export { getStaticPaths } from '../../data/[chart].svg.ts';

export const GET: APIRoute<{ view: ChartView }> = async ({ props }) => {
  const svg = chartSvgFile(props.view, getData().book);
  return new Response(await cachedCard(`figure\0${svg}`, () => figureCardPng(svg)), { headers: { 'Content-Type': 'image/png' } });
};
