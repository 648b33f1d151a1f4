/** How stats read in prose, charts and tables: "94%", "2,000", "1.7 million", "eight in 10". */
import { format } from 'd3-format';
import type { Stat, Unit } from './schemas.ts';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', '10'];
const thousands = format(',');

/** A count, with millions in words as GOV.UK style writes them ("200 million"). */
export function formatCount(value: number): string {
  if (value >= 1e6) return `${format('~r')(+(value / 1e6).toPrecision(4))} million`;
  return thousands(value);
}

/** The stat's value as the report prints it. */
export function formatStat(stat: Pick<Stat, 'value' | 'unit'>): string {
  switch (stat.unit) {
    case 'percent':
      return `${format('~r')(stat.value)}%`;
    case 'in-ten':
      return `${WORDS[Math.round(stat.value)] ?? stat.value} in 10`;
    case 'count':
      return formatCount(stat.value);
  }
}

/** The value as a plain number for machine-readable output (`<data value>`, CSV): 94% is 0.94. */
export function machineValue(stat: Pick<Stat, 'value' | 'unit'>): number {
  if (stat.unit === 'percent') return +(stat.value / 100).toFixed(6);
  if (stat.unit === 'in-ten') return +(stat.value / 10).toFixed(6);
  return stat.value;
}

/** "58 points" for percentages, "3 in 10" for tenths, a count for counts: how far apart two values are. */
export function differenceText(difference: number, unit: Unit): string {
  const size = Math.abs(difference);
  if (unit === 'percent') return `${format('~r')(size)} ${size === 1 ? 'point' : 'points'}`;
  return unit === 'in-ten' ? `${format('~r')(size)} in 10` : formatCount(size);
}
