/** /data/stats.csv: every stat with its study, base, fieldwork and sources (see stat-table.ts). */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { statsCsv } from '../../lib/downloads/stat-table.ts';

export const GET: APIRoute = () =>
  new Response(statsCsv(getData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
