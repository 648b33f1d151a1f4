/** How figures read in prose, charts and tables: "94%", "2,000", "1.7 million", "eight in 10". */
import { format } from 'd3-format';
import type { Figure, Unit } from './schemas.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', '10'];
const thousands = format(',');

/** A count, with millions in words as GOV.UK style writes them ("200 million"). */
export function formatCount(value: number): string {
  if (value >= 1e6) return `${format('~r')(+(value / 1e6).toPrecision(4))} million`;
  return thousands(value);
}

/** The figure's value as the report prints it. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>): string {
  switch (figure.unit) {
    case 'percent': return `${format('~r')(figure.value)}%`;
    case 'in-ten': return `${WORDS[Math.round(figure.value)] ?? figure.value} in 10`;
    case 'count': return formatCount(figure.value);
  }
}

/** The value as a plain number for machine-readable output (`<data value>`, CSV): 94% is 0.94. */
export function machineValue(figure: Pick<Figure, 'value' | 'unit'>): number {
  if (figure.unit === 'percent') return +(figure.value / 100).toFixed(6);
  if (figure.unit === 'in-ten') return +(figure.value / 10).toFixed(6);
  return figure.value;
}

/** "58 points" for percentages, "3 in 10" for tenths, a count for counts: how far apart two values are. */
export function differenceText(difference: number, unit: Unit): string {
  const size = Math.abs(difference);
  if (unit === 'percent') return `${format('~r')(size)} ${size === 1 ? 'point' : 'points'}`;
  return unit === 'in-ten' ? `${format('~r')(size)} in 10` : formatCount(size);
}
