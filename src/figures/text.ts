/**
 * Text metrics without a browser, so label layout is decided at build time and can be unit-tested.
 * Widths are DejaVu Sans advance widths (hundredths of an em, ASCII 32–126, measured in Chromium with
 * canvas measureText). DejaVu Sans is wider than Segoe UI, Roboto, Helvetica and San Francisco, and it is
 * what `system-ui` resolves to on Linux without other fonts, so layouts fit the widest font readers get.
 */
const REGULAR = [
  32, 40, 46, 84, 64, 95, 78, 27, 39, 39, 50, 84, 32, 36, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34, 34, 84,
  84, 84, 53, 100, 68, 69, 70, 77, 63, 58, 77, 75, 29, 29, 66, 56, 86, 75, 79, 60, 79, 69, 63, 61, 73, 68, 99, 69, 61,
  69, 39, 34, 39, 84, 50, 50, 61, 63, 55, 63, 62, 35, 63, 63, 28, 28, 58, 28, 97, 63, 61, 63, 63, 41, 52, 39, 63, 59,
  82, 59, 59, 52, 64, 34, 64, 84,
];
const BOLD = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84,
  84, 84, 58, 100, 77, 76, 73, 83, 68, 68, 82, 84, 37, 37, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72,
  73, 46, 37, 46, 84, 50, 50, 67, 72, 59, 72, 68, 44, 72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65,
  92, 65, 65, 58, 71, 37, 71, 84,
];
/** Characters outside ASCII (curly quotes, dashes, accented letters) count as a wide letter. */
const OTHER = 80;

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;
/** From the baseline up to the top of capitals and ascenders, in ems. */
export const ASCENT = 0.8;
/** From the baseline down to the bottom of descenders, in ems. */
export const DESCENT = 0.25;

/** The width of `text` set at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const ch of text) hundredths += table[(ch.codePointAt(0) ?? 0) - 32] ?? OTHER;
  return (hundredths / 100) * size;
}

/** Breaks `text` into lines no wider than `maxWidth` at word boundaries (a longer word gets its own line). */
export function wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** An axis-aligned box. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes overlap (touching edges do not count). */
export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Moves label positions (sorted or not) apart so each is at least `gap` from the next, staying within
 * [min, max] where possible, and keeping each as near its wish as it can: labels on a slope chart's end
 * points that would collide are nudged apart the least distance needed.
 */
export function dodge(wishes: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const order = wishes.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k ? placed[k - 1]! + gap : min);
  // If the last label was pushed past `max`, push the stack back up from the bottom.
  for (let k = placed.length - 1; k >= 0; k--)
    placed[k] = Math.min(placed[k]!, k < placed.length - 1 ? placed[k + 1]! - gap : max);
  const out = new Array<number>(wishes.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
