/** Comparing screenshots pixel by pixel, as a reader's eye would: by contrast, not by exact value. */
import type { PNG } from 'pngjs';

const channel = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
const luminance = (d: Buffer, i: number) =>
  0.2126 * channel(d[i]!) + 0.7152 * channel(d[i + 1]!) + 0.0722 * channel(d[i + 2]!);

/**
 * How many pixels of `shot` (a screenshot of `clip` out of the same page as `base`) differ from `base`
 * by a contrast ratio of 3:1 or more, the contrast WCAG asks of a focus indicator (2.4.13, 1.4.11).
 */
export function changedPixels(base: PNG, shot: PNG, clip: { x: number; y: number }): number {
  let changed = 0;
  for (let y = 0; y < shot.height; y++) {
    for (let x = 0; x < shot.width; x++) {
      const bx = clip.x + x,
        by = clip.y + y;
      if (bx >= base.width || by >= base.height) continue;
      const a = luminance(base.data, (by * base.width + bx) * 4);
      const b = luminance(shot.data, (y * shot.width + x) * 4);
      if ((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) >= 3) changed++;
    }
  }
  return changed;
}
