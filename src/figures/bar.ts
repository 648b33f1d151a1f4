/**
 * Horizontal bars, GOV.UK style: each bar's label on the line above it (so long labels wrap on a phone
 * instead of squeezing the bars), its value printed at its end, and a 0-to-whole axis underneath.
 * The comparison kind reuses this with a track behind each bar showing the whole.
 */
import type { Unit } from '../book/data/schemas.ts';
import { bottomAxis, valueScale } from './scale.ts';
import { SIZE, textBlock, textBottom, type Mark, type Scene } from './scene.ts';
import { textWidth } from './text.ts';

/** One value to draw. */
export interface Datum {
  label: string;
  value: number;
  /** The value as the report prints it, e.g. "94%". */
  text: string;
}

export interface BarOptions {
  width: number;
  unit: Unit;
  /** The axis title, e.g. "Share of NHS staff". */
  axis: string;
  /** Draw an outlined track for the whole behind each bar (a share of a whole). */
  track?: boolean;
  /** Bar thickness. */
  barHeight?: number;
}

const GAP_LABEL_BAR = 6;
const GAP_ROWS = 16;
const VALUE_PAD = 6;

/** Lays out one bar per datum, top to bottom in the order given. */
export function barScene(
  data: readonly Datum[],
  { width, unit, axis, track = false, barHeight = 24 }: BarOptions,
): Scene {
  // Room at the right for the longest value label, so every value sits just past its bar's end.
  const valueRoom = Math.max(...data.map((d) => textWidth(d.text, SIZE.value, true))) + VALUE_PAD + 2;
  const x = valueScale(
    unit,
    data.map((d) => d.value),
    [0, width - valueRoom],
  );
  const marks: Mark[] = [];
  let y = 4;
  for (const d of data) {
    const label = textBlock(d.label, { x: 0, top: y, size: SIZE.label, class: 'label', maxWidth: width });
    const barTop = textBottom(label) + GAP_LABEL_BAR;
    const length = Math.max(0, x(d.value));
    if (track) marks.push({ type: 'rect', x: 0, y: barTop, width: x.range()[1]!, height: barHeight, class: 'track' });
    marks.push(label, { type: 'rect', x: 0, y: barTop, width: length, height: barHeight, class: 'mark' });
    marks.push(
      textBlock(d.text, {
        x: length + VALUE_PAD,
        top: barTop + (barHeight - SIZE.value * 0.8) / 2,
        size: SIZE.value,
        class: 'value',
        bold: true,
      }),
    );
    y = barTop + barHeight + GAP_ROWS;
  }
  const { marks: axisMarks, bottom } = bottomAxis(x, unit, axis, y - GAP_ROWS + 8, width);
  return { width, height: Math.ceil(bottom + 4), marks: [...marks, ...axisMarks] };
}
