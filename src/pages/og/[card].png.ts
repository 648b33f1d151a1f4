/**
 * /og/<chapter>.png and /og/index.png: the social card each page's Open Graph and Twitter tags name,
 * rendered at build time (see src/lib/sharing/og-image.ts), once per distinct card (./_cache.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getData } from '../../lib/data/index.ts';
import { formatDate } from '../../lib/data/describe.ts';
import { cardPng, cardSvg, type Card } from '../../lib/sharing/og-image.ts';
import { cardFor } from '../../lib/sharing/page-meta.ts';
import { cachedCard } from './_cache.ts';

export const getStaticPaths = (async () => {
  const { book } = getData();
  const masthead = `${book.publisher} · ${formatDate(book.date)}`;
  const cards = await cardFor.all();
  return cards.map(({ id, kicker, title, footer }) => ({ params: { card: id }, props: { masthead, kicker, title, footer } satisfies Card }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Card> = async ({ props }) =>
  new Response(await cachedCard(`card\0${cardSvg(props)}`, () => cardPng(props)), { headers: { 'Content-Type': 'image/png' } });
