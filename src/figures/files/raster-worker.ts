/**
 * One thread of the raster pool (svg-png.ts): an SVG as PNG bytes. sharp (librsvg) draws the pixels, as
 * it always has, so text and shapes look as before; indexed-png.ts writes them with a palette.
 */
import sharp from 'sharp';
import { indexedPng } from './indexed-png.ts';

// One libvips thread for each of the pool's threads: the pool already keeps every core busy.
sharp.concurrency(1);

export interface RasterJob {
  svg: string;
  density: number;
}

export default async function raster({ svg, density }: RasterJob): Promise<Uint8Array> {
  const { data, info } = await sharp(Buffer.from(svg), { density })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Not for our palette (see-through, or a photograph's colours): sharp's own quantiser, slower but general.
  return indexedPng(data, info.width, info.height) ?? sharp(data, { raw: info }).png({ palette: true }).toBuffer();
}
