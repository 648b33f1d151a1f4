/**
 * The value scale and bottom axis shared by the bar, comparison and gap charts. Shares are always drawn
 * from 0 to the whole (100%, or 10 in ten), so a bar's length is its share of everyone, never a zoom.
 */
import { format } from 'd3-format';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Unit } from '../book/data/schemas.ts';
import { formatCount } from '../book/data/format.ts';
import { SIZE, textBlock, type Mark } from './scene.ts';
import { textWidth } from './text.ts';

/** A linear scale from 0 to the unit's whole (or, for counts, a round number above the largest value). */
export function valueScale(
  unit: Unit,
  values: readonly number[],
  range: [number, number],
): ScaleLinear<number, number> {
  if (unit === 'percent') return scaleLinear([0, 100], range);
  if (unit === 'in-ten') return scaleLinear([0, 10], range);
  return scaleLinear([0, Math.max(1, ...values)], range).nice();
}

/** How an axis tick reads: "50%", "5", "2,000". */
export function tickText(value: number, unit: Unit): string {
  if (unit === 'percent') return `${format('~r')(value)}%`;
  return unit === 'count' ? formatCount(value) : String(value);
}

/** Tick values: quarters of a share when there is room, halves on a phone. */
export function tickValues(scale: ScaleLinear<number, number>, unit: Unit): number[] {
  const [r0, r1] = scale.range() as [number, number];
  const roomy = Math.abs(r1 - r0) > 400;
  if (unit === 'percent') return roomy ? [0, 25, 50, 75, 100] : [0, 50, 100];
  if (unit === 'in-ten') return roomy ? [0, 2, 4, 6, 8, 10] : [0, 5, 10];
  return scale.ticks(roomy ? 5 : 3);
}

/**
 * A bottom axis at `top`: a line across the plot, a tick and label at each tick value, and the axis
 * title under them. Returns the marks and the y below them. Tick labels at the ends are anchored inward
 * so none is cut off at the edge of the view box.
 */
export function bottomAxis(
  scale: ScaleLinear<number, number>,
  unit: Unit,
  title: string,
  top: number,
  width: number,
): { marks: Mark[]; bottom: number } {
  const [r0, r1] = scale.range() as [number, number];
  const marks: Mark[] = [{ type: 'line', x1: r0, x2: r1, y1: top, y2: top, class: 'axis', decorative: true }];
  for (const value of tickValues(scale, unit)) {
    const x = scale(value);
    const text = tickText(value, unit);
    const half = textWidth(text, SIZE.small) / 2;
    const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
    marks.push({ type: 'line', x1: x, x2: x, y1: top, y2: top + 5, class: 'axis', decorative: true });
    marks.push(textBlock(text, { x, top: top + 8, size: SIZE.small, class: 'muted', anchor, decorative: true }));
  }
  const titleTop = top + 8 + SIZE.small * 1.5;
  marks.push(textBlock(title, { x: 0, top: titleTop, size: SIZE.small, class: 'muted', maxWidth: width }));
  const lines = (marks.at(-1) as { lines: string[] }).lines.length;
  return { marks, bottom: titleTop + lines * SIZE.small * 1.25 };
}
