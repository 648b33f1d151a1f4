/** /robots.txt (see src/site/sharing/robots.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/sharing/robots.ts';
import { bookData } from '../site/page-context.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(bookData().book.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
