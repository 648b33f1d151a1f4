/** /data/figures.csv: every figure with its study, base, fieldwork and sources (see figure-table.ts). */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { figuresCsv } from '../../lib/downloads/figure-table.ts';

export const GET: APIRoute = () =>
  new Response(figuresCsv(getData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
