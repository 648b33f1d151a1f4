/**
 * An SVG as PNG bytes, drawn on a pool of threads, one per core (raster-worker.ts): a book of 1,000
 * chapters has 4,000 pictures, and each takes a core for 30 ms or so. The cache (png-cache.ts) decides
 * whether to call this.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RasterJob } from './raster-worker.ts';

let pool: Piscina<RasterJob, Uint8Array> | undefined;

/** `svg` rendered at `density` dots an inch (72 is its own size, 144 twice it). */
export async function svgPng(svg: string, density: number): Promise<Buffer> {
  pool ??= new Piscina({
    filename: new URL('./raster-worker.ts', import.meta.url).href,
    maxThreads: availableParallelism(),
    // Idle threads end soon after the last picture, so a build's process is free to exit.
    idleTimeout: 200,
  });
  const png = await pool.run({ svg, density });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
