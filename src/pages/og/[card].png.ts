/**
 * /og/<chapter>.png and /og/index.png: the social card each page's Open Graph and Twitter tags name,
 * rendered at build time (see src/lib/sharing/og-image.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { formatDate } from '../../lib/data/describe.ts';
import { cardPng, type Card } from '../../lib/sharing/og-image.ts';
import { cardFor } from '../../lib/sharing/page-meta.ts';

export const getStaticPaths = (async () => {
  const { book } = getData();
  const masthead = `${book.publisher} · ${formatDate(book.date)}`;
  const cards = await cardFor.all();
  return cards.map(({ id, kicker, title, footer }) => ({ params: { card: id }, props: { masthead, kicker, title, footer } satisfies Card }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Card> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(props)), { headers: { 'Content-Type': 'image/png' } });
