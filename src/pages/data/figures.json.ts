/** /data/figures.json: the same figures as figures.csv, with studies and sources as nested objects. */
import type { APIRoute } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { figuresJson } from '../../lib/downloads/figure-table.ts';

export const GET: APIRoute = () =>
  new Response(figuresJson(getData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
