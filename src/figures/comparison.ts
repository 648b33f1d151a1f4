/**
 * Two values as shares of one whole (cyber security's share of an IT budget, worldwide and in the NHS):
 * each bar is drawn inside an outlined track standing for the whole budget, so the reader sees both
 * how the two compare and how small each is against 100%.
 */
import { barScene, type BarOptions, type Datum } from './bar.ts';
import type { Scene } from './scene.ts';

/** Lays out exactly two values on full-length tracks (thicker than plain bars: there are only two). */
export function comparisonScene(
  data: readonly [Datum, Datum] | readonly Datum[],
  options: Omit<BarOptions, 'track' | 'barHeight'>,
): Scene {
  return barScene(data, { ...options, track: true, barHeight: 32 });
}
