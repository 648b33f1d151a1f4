/**
 * A PNG with a palette, written from the RGBA pixels sharp renders. A chart or card has a dozen colours
 * and their anti-aliased edges (300 to 700 colours in all), so the palette is the most used colours,
 * and every other colour is drawn in its nearest. Measured on this machine: a chart took 4 to 9 ms to
 * encode this way and was 30 KB, against 78 KB from sharp's own PNG (all 4 channels) and 40 to 80 ms
 * for sharp's palette (libimagequant), whose colours were no better at 4× zoom.
 */
import { crc32, deflateSync } from 'node:zlib';

/**
 * How every PNG is encoded; part of each cached picture's key (png-cache.ts), so a change here renders
 * every picture again. 32 colours kept the palette's colours exact and text edges smooth (64 or 256
 * were 20 to 45% larger). zlib level 4 took 2.8 ms a chart against level 6's 6.3 ms, for a file 2% larger;
 * level 1 was 25% larger, level 9 six times as slow.
 */
export const PNG_ENCODING = { colours: 32, level: 4, version: 1 } as const;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Open addressing over a fixed table: a Map cost twice as much per pixel. Past half full, give up.
const SLOTS = 1 << 16;
const MAX_COLOURS = SLOTS / 2;

/**
 * The image's colours (0xBBGGRR), how often each is used and each pixel's colour number; undefined past MAX_COLOURS or
 * if not opaque.
 */
function countColours(rgba: Uint8Array, pixels: number) {
  const aligned = rgba.byteOffset % 4 ? rgba.slice() : rgba;
  // One number a pixel, red in the low byte on the little-endian machines Node runs on.
  const px = new Uint32Array(aligned.buffer, aligned.byteOffset, pixels);
  const keys = new Int32Array(SLOTS).fill(-1);
  const slotColour = new Uint16Array(SLOTS);
  const colours: number[] = [];
  const counts: number[] = [];
  const ids = new Uint16Array(pixels);
  let previous = -1;
  let id = 0;
  for (let i = 0; i < pixels; i++) {
    const pixel = px[i]!;
    if (pixel !== previous) {
      // most pixels repeat the one before: look up only on a change
      if (pixel >>> 24 !== 255) return undefined; // see-through: not for this palette
      previous = pixel;
      const colour = pixel & 0xffffff;
      let slot = Math.imul(colour, 0x9e3779b1) >>> 16;
      while (keys[slot] !== colour && keys[slot] !== -1) slot = (slot + 1) & (SLOTS - 1);
      if (keys[slot] === -1) {
        if (colours.length === MAX_COLOURS) return undefined;
        keys[slot] = colour;
        slotColour[slot] = colours.length;
        colours.push(colour);
        counts.push(0);
      }
      id = slotColour[slot]!;
    }
    ids[i] = id;
    counts[id]!++;
  }
  return { colours, counts, ids };
}

const channel = (colour: number, shift: number) => (colour >>> shift) & 255;
const distance = (a: number, b: number) =>
  (channel(a, 0) - channel(b, 0)) ** 2 + (channel(a, 8) - channel(b, 8)) ** 2 + (channel(a, 16) - channel(b, 16)) ** 2;

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(body.length + 12);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  out.set(body, 8);
  out.writeUInt32BE(crc32(body, crc32(type)), body.length + 8);
  return out;
}

/**
 * RGBA pixels (4 bytes each, row by row) as a palette PNG of at most PNG_ENCODING.colours colours;
 * undefined for an image with see-through pixels or too many colours to count (none of ours).
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const counted = countColours(rgba, width * height);
  if (!counted) return undefined;
  const { colours, counts, ids } = counted;
  const byUse = colours.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || colours[a]! - colours[b]!);
  const kept = byUse.slice(0, PNG_ENCODING.colours);
  const entry = new Uint8Array(colours.length);
  kept.forEach((id, i) => void (entry[id] = i));
  for (const id of byUse.slice(kept.length)) {
    let best = 0;
    for (let i = 1; i < kept.length; i++)
      if (distance(colours[id]!, colours[kept[i]!]!) < distance(colours[id]!, colours[kept[best]!]!)) best = i;
    entry[id] = best;
  }
  // Each row starts with its filter byte, 0 (none): the PNG spec's advice for palette images.
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0, o = 0, i = 0; y < height; y++) {
    rows[o++] = 0;
    for (let x = 0; x < width; x++) rows[o++] = entry[ids[i++]!]!;
  }
  const palette = new Uint8Array(kept.length * 3);
  kept.forEach((id, i) =>
    palette.set(
      [0, 8, 16].map((shift) => channel(colours[id]!, shift)),
      i * 3,
    ),
  );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3], 8); // 8 bits an index, colour type 3 (palette); deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: PNG_ENCODING.level })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
