/**
 * An SVG as PNG bytes: sharp (librsvg) draws the pixels, as it always has, so text and shapes look as
 * before; indexed-png.ts writes them with a palette. The cache (png-cache.ts) decides whether to call this.
 */
import sharp from 'sharp';
import { indexedPng } from './indexed-png.ts';

/** `svg` rendered at `density` dots an inch (72 is its own size, 144 twice it). */
export async function svgPng(svg: string, density: number): Promise<Buffer> {
  const { data, info } = await sharp(Buffer.from(svg), { density }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  // Not for our palette (see-through, or a photograph's colours): sharp's own quantiser, slower but general.
  return indexedPng(data, info.width, info.height) ?? sharp(data, { raw: info }).png({ palette: true }).toBuffer();
}
