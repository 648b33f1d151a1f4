/**
 * One share of a whole as a grid of cells (a waffle): 10 cells for an "in ten" stat, 100 for a
 * percentage. Filled cells are the share, outlined empty ones the rest, and both parts are named beside
 * a swatch of their own shape, so nothing depends on colour.
 */
import type { Unit } from '../book/data/schemas.ts';
import { formatStat } from '../book/data/format.ts';
import type { Datum } from './bar.ts';
import { SIZE, textBlock, textBottom, type Mark, type Scene } from './scene.ts';

export interface ProportionOptions {
  width: number;
  unit: Extract<Unit, 'percent' | 'in-ten'>;
  /** The label of the remainder, e.g. "Did not report a breach". */
  rest: string;
}

const SWATCH = 16;
/** Labels go beside the grid when this much room is left, otherwise under it. */
const SIDE_LABEL_ROOM = 260;

/** Cells in the grid, the whole they stand for, and how many a value fills. */
export function cellCount(
  unit: ProportionOptions['unit'],
  value: number,
): { cells: number; columns: number; filled: number } {
  const cells = unit === 'in-ten' ? 10 : 100;
  const whole = unit === 'in-ten' ? 10 : 100;
  return { cells, columns: 10, filled: Math.round((value / whole) * cells) };
}

/** Lays out the grid and the two labelled parts. */
export function proportionScene(part: Datum, { width, unit, rest }: ProportionOptions): Scene {
  const { cells, columns, filled } = cellCount(unit, part.value);
  const gap = unit === 'in-ten' ? 4 : 3;
  const cell = Math.min(unit === 'in-ten' ? 36 : 22, Math.floor((width - (columns - 1) * gap) / columns));
  const gridWidth = columns * cell + (columns - 1) * gap;
  const marks: Mark[] = [];
  for (let i = 0; i < cells; i++) {
    const [row, col] = [Math.floor(i / columns), i % columns];
    const filledCell = i < filled;
    marks.push({
      type: 'rect',
      x: col * (cell + gap),
      y: row * (cell + gap),
      width: cell,
      height: cell,
      class: filledCell ? 'mark' : 'track',
    });
  }
  const gridHeight = Math.ceil(cells / columns) * (cell + gap) - gap;

  const beside = width - gridWidth - 24 >= SIDE_LABEL_ROOM;
  const left = beside ? gridWidth + 24 : 0;
  let top = beside ? 0 : gridHeight + 16;
  const restText = formatStat({ value: (unit === 'in-ten' ? 10 : 100) - part.value, unit });
  const parts = [
    ['mark', part.text, part.label],
    ['track', restText, rest],
  ] as const;
  const valueX = left + SWATCH + 8;
  // Each label goes under its value, never after it on the line: a reader's own letter and word spacing
  // (WCAG 1.4.12) widens the value, and an SVG text cannot push the next one along.
  for (const [swatch, value, label] of parts) {
    marks.push({ type: 'rect', x: left + 1, y: top + 1, width: SWATCH - 2, height: SWATCH - 2, class: swatch });
    const valueMark = textBlock(value, { x: valueX, top, size: SIZE.value, class: 'value', bold: true });
    const labelMark = textBlock(label, {
      x: valueX,
      top: textBottom(valueMark) + 2,
      size: SIZE.label,
      class: 'label',
      maxWidth: width - valueX,
    });
    marks.push(valueMark, labelMark);
    top = textBottom(labelMark) + 10;
  }
  return { width, height: Math.ceil(Math.max(gridHeight, top - 10) + 4), marks };
}
