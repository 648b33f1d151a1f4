/** /data/stats.json: the same stats as stats.csv, with studies and sources as nested objects. */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { statsJson } from '../../lib/downloads/stat-table.ts';

export const GET: APIRoute = () =>
  new Response(statsJson(getData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
