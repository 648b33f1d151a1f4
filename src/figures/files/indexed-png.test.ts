import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { indexedPng, PNG_ENCODING } from './indexed-png.ts';

/** A width×height RGBA image, each pixel's colour from `paint`. */
function image(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number?]) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b, a = 255] = paint(x, y);
      rgba.set([r, g, b, a], (y * width + x) * 4);
    }
  return rgba;
}
/** The PNG decoded by another library, as RGBA. */
const decode = (png: Buffer) => PNG.sync.read(png);

describe('indexedPng', () => {
  it('keeps an image of few colours exactly, as a palette PNG another decoder reads', () => {
    const colours: [number, number, number][] = [
      [255, 255, 255],
      [63, 136, 208],
      [0, 48, 135],
      [11, 12, 12],
    ];
    const rgba = image(50, 20, (x, y) => colours[(x * 7 + y * 3) % colours.length]!);
    const png = indexedPng(rgba, 50, 20)!;
    expect(png.readUInt8(25)).toBe(3); // colour type: palette
    const decoded = decode(png);
    expect({ width: decoded.width, height: decoded.height }).toEqual({ width: 50, height: 20 });
    expect([...decoded.data]).toEqual([...rgba]);
  });

  it('keeps the most used colours exact and draws each rarer one in its nearest', () => {
    // Two large areas, and a ramp of 200 greys one pixel each: too many colours for the palette.
    const rgba = image(300, 40, (x, y) => (y === 0 && x < 200 ? [x, x, x] : y < 20 ? [63, 136, 208] : [255, 221, 0]));
    const decoded = decode(indexedPng(rgba, 300, 40)!).data;
    const at = (x: number, y: number) => [...decoded.subarray((y * 300 + x) * 4, (y * 300 + x) * 4 + 3)];
    expect(at(250, 5)).toEqual([63, 136, 208]);
    expect(at(250, 30)).toEqual([255, 221, 0]);
    const kept = new Set(Array.from({ length: 300 * 40 }, (_, i) => at(i % 300, Math.floor(i / 300)).join()));
    expect(kept.size).toBeLessThanOrEqual(PNG_ENCODING.colours);
    const distance = (a: number[], grey: number) => a.reduce((sum, v) => sum + (v - grey) ** 2, 0);
    for (let x = 0; x < 200; x++) {
      const drawn = at(x, 0);
      const nearest = Math.min(...[...kept].map((c) => distance(c.split(',').map(Number), x)));
      expect(distance(drawn, x), `grey ${x}`).toBe(nearest);
    }
  });

  it('declines a see-through image, which a palette of opaque colours would change', () => {
    expect(
      indexedPng(
        image(4, 4, (x) => [0, 0, 0, x ? 255 : 0]),
        4,
        4,
      ),
    ).toBeUndefined();
  });
});
