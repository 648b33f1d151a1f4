/**
 * Change between two periods as a slope chart: one line per measure from its earlier value (left) to
 * its later one (right) on a 0-to-whole vertical scale. Values are printed at both ends, clear of the
 * dots, and each line is named at its right end; the second line is dashed, so lines differ by more than
 * colour. End labels that would collide are nudged apart.
 */
import type { Unit } from '../book/data/schemas.ts';
import { tickText, tickValues, valueScale } from './scale.ts';
import { SIZE, textBlock, textBottom, type Mark, type Scene } from './scene.ts';
import { LINE_HEIGHT, dodge, textWidth, wrap } from './text.ts';

export interface SlopeLine {
  label: string;
  from: { value: number; text: string };
  to: { value: number; text: string };
}
export interface SlopeOptions {
  width: number;
  unit: Unit;
  axis: string;
  periods: readonly [string, string];
}

const DOT = 4;
/** The clear space between a value and its dot: 10 units is 6 pt in print, where a chart is drawn at 78%. */
export const LABEL_GAP = 10;

/** Lays out the lines between the two periods. */
export function slopeScene(lines: readonly SlopeLine[], { width, unit, axis, periods }: SlopeOptions): Scene {
  const plotTop = 32;
  const plotHeight = width < 480 ? 220 : 260;
  const y = valueScale(
    unit,
    lines.flatMap((l) => [l.from.value, l.to.value]),
    [plotTop + plotHeight, plotTop],
  );
  const ticks = tickValues(valueScale(unit, [], [0, width]), unit);
  const tickRoom = Math.max(...ticks.map((t) => textWidth(tickText(t, unit), SIZE.small))) + 10;
  const x0 = tickRoom + Math.max(...lines.map((l) => textWidth(l.from.text, SIZE.value, true))) + LABEL_GAP + DOT + 6;
  const rightRoom = Math.min(Math.max(width * 0.42, 130), 260);
  const x1 = width - rightRoom;
  const marks: Mark[] = [];

  for (const t of ticks) {
    marks.push({ type: 'line', x1: tickRoom, x2: x1, y1: y(t), y2: y(t), class: 'grid', decorative: true });
    marks.push(
      textBlock(tickText(t, unit), {
        x: 0,
        top: y(t) - SIZE.small * 0.4,
        size: SIZE.small,
        class: 'muted',
        decorative: true,
      }),
    );
  }
  periods.forEach((period, i) => {
    marks.push(
      textBlock(period, { x: i ? x1 : x0, top: 4, size: SIZE.label, class: 'label', bold: true, anchor: 'middle' }),
    );
  });

  const rightWidth = width - x1 - DOT - LABEL_GAP;
  const blocks = lines.map((l) => wrap(l.label, rightWidth, SIZE.label));
  const blockHeight = Math.max(...blocks.map((b) => (b.length + 1) * LINE_HEIGHT * SIZE.label));
  const leftY = dodge(
    lines.map((l) => y(l.from.value)),
    SIZE.value * LINE_HEIGHT,
  );
  const rightY = dodge(
    lines.map((l) => y(l.to.value) - SIZE.value * 0.4),
    blockHeight + 4,
  );
  lines.forEach((line, i) => {
    const cls = i % 2 ? 'mark-2' : 'mark';
    const dashed = i % 2 === 1;
    const [ya, yb] = [y(line.from.value), y(line.to.value)];
    marks.push({ type: 'line', x1: x0, y1: ya, x2: x1, y2: yb, class: cls, dashed });
    marks.push(
      { type: 'circle', cx: x0, cy: ya, r: DOT, class: cls },
      { type: 'circle', cx: x1, cy: yb, r: DOT, class: cls },
    );
    marks.push(
      textBlock(line.from.text, {
        x: x0 - DOT - LABEL_GAP,
        top: leftY[i]! - SIZE.value * 0.4,
        size: SIZE.value,
        class: 'value',
        bold: true,
        anchor: 'end',
      }),
    );
    const value = textBlock(line.to.text, {
      x: x1 + DOT + LABEL_GAP,
      top: rightY[i]!,
      size: SIZE.value,
      class: 'value',
      bold: true,
    });
    const label = {
      ...textBlock('', { x: x1 + DOT + LABEL_GAP, top: textBottom(value) + 2, size: SIZE.label, class: 'label' }),
      lines: blocks[i]!,
    };
    marks.push(value, label);
  });

  const lowest = Math.max(
    plotTop + plotHeight + SIZE.small * 0.6,
    ...marks.filter((m) => m.type === 'text').map((m) => textBottom(m)),
  );
  const title = textBlock(axis, { x: 0, top: lowest + 12, size: SIZE.small, class: 'muted', maxWidth: width });
  marks.push(title);
  return { width, height: Math.ceil(textBottom(title) + 4), marks };
}
