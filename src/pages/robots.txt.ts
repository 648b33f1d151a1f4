/** /robots.txt (see src/lib/sharing/robots.ts). */
import type { APIRoute } from 'astro';
import { getData } from '../lib/data/index.ts';
import { robotsTxt } from '../lib/sharing/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(getData().book.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
