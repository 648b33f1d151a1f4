/**
 * Social cards, rendered once per distinct card and kept between builds (src/lib/downloads/png-cache.ts).
 * A card's bytes depend on its input (its text) and on how cards are drawn, so the
 * rendering code's own text (Vite's ?raw import) is part of its key: a change to it is a new card.
 */
import { cachedPng } from '../../lib/downloads/png-cache.ts';
import renderingCode from '../../lib/sharing/og-image.ts?raw';

/** The card for `input`, from the cache or rendered by `render`. */
export const cachedCard = (input: string, render: () => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> =>
  cachedPng(`${renderingCode}\0${input}`, render);
