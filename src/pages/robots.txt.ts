/** /robots.txt (see src/site/sharing/robots.ts). */
import type { APIRoute } from 'astro';
import { getData } from '../book/data/index.ts';
import { robotsTxt } from '../site/sharing/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(getData().book.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
