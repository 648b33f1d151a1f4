/** Every placed chart's number and chapter, from the book index's one numbering (no parse of its own). */
import { chartPlaces } from '../book-index/index.ts';

export interface ChartPlace { number: number; chapter: string }

/** Every placed chart's number and chapter. */
export const getChartPlaces = async (): Promise<Map<string, ChartPlace>> => chartPlaces();
