/**
 * Gaps between one reference value and others, as dumbbells on a 0-to-whole scale. The first row shows
 * the reference alone as a ring; each later row shows its own value as a filled dot, the reference's ring
 * again, a rule between them and the size of the gap written over the rule. Ring versus dot, and the
 * labels, carry the meaning; colour only repeats it.
 */
import type { Unit } from '../book/data/schemas.ts';
import type { Datum } from './bar.ts';
import { differenceText } from '../book/data/format.ts';
import { bottomAxis, valueScale } from './scale.ts';
import { SIZE, textBlock, textBottom, type Mark, type Scene } from './scene.ts';
import { textWidth } from './text.ts';

export interface GapOptions {
  width: number;
  unit: Unit;
  axis: string;
}

const R = 7;
const GAP_ROWS = 14;

/** Lays out the reference row, then one dumbbell row per compared value. */
export function gapScene(reference: Datum, compared: readonly Datum[], { width, unit, axis }: GapOptions): Scene {
  const all = [reference, ...compared];
  // Value labels sit on the side of their dot away from the reference: leave room for the widest.
  const room = Math.max(...all.map((d) => textWidth(d.text, SIZE.value, true))) + R + 8;
  const higher = compared.some((d) => d.value > reference.value);
  const x = valueScale(
    unit,
    all.map((d) => d.value),
    [room, width - (higher ? room : R + 2)],
  );
  const marks: Mark[] = [];
  let y = 4;
  all.forEach((d, i) => {
    const label = textBlock(d.label, { x: 0, top: y, size: SIZE.label, class: 'label', maxWidth: width });
    marks.push(label);
    let top = textBottom(label) + 6;
    const isReference = i === 0;
    if (!isReference) {
      // The gap's size, centred over the rule and kept inside the view box.
      const text =
        `${differenceText(reference.value - d.value, unit)} ` + `${d.value <= reference.value ? 'lower' : 'higher'}`;
      const half = textWidth(text, SIZE.small) / 2;
      const mid = Math.min(Math.max((x(d.value) + x(reference.value)) / 2, half), width - half);
      const gapLabel = textBlock(text, { x: mid, top, size: SIZE.small, class: 'muted', anchor: 'middle' });
      marks.push(gapLabel);
      top = textBottom(gapLabel) + 4;
    }
    const cy = top + R;
    if (!isReference) {
      marks.push({ type: 'line', x1: x(d.value), x2: x(reference.value), y1: cy, y2: cy, class: 'rule' });
      marks.push({ type: 'circle', cx: x(reference.value), cy, r: R - 1, class: 'ring' });
      marks.push({ type: 'circle', cx: x(d.value), cy, r: R, class: 'mark' });
    } else {
      marks.push({ type: 'circle', cx: x(d.value), cy, r: R - 1, class: 'ring' });
    }
    const after = d.value > reference.value;
    marks.push(
      textBlock(d.text, {
        x: x(d.value) + (after ? R + 6 : -R - 6),
        top: cy - SIZE.value * 0.4,
        size: SIZE.value,
        class: 'value',
        bold: true,
        anchor: after ? 'start' : 'end',
      }),
    );
    y = cy + R + GAP_ROWS;
  });
  const { marks: axisMarks, bottom } = bottomAxis(x, unit, axis, y - GAP_ROWS + 8, width);
  return { width, height: Math.ceil(bottom + 4), marks: [...marks, ...axisMarks] };
}
