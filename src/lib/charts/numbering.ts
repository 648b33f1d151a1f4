/**
 * "Figure N" numbers across the book: charts are numbered 1, 2, 3 … in reading order (chapters in book
 * order, charts in order of appearance within each). A chart placed in two chapters stops the build,
 * since its number, anchor and permalink must each name one place.
 */
import { BookError } from '../book-error.ts';

/** The charts one chapter places, in order of appearance. */
export interface ChapterCharts {
  /** The chapter's file, for error messages. */
  file: string;
  /** Chapter id. */
  chapter: string;
  charts: { id: string; line?: number }[];
}

/** Where a chart is and its number. */
export interface ChartPlace { number: number; chapter: string }

/** Numbers the charts of `chapters` (already in reading order). */
export function numberCharts(chapters: readonly ChapterCharts[]): Map<string, ChartPlace> {
  const numbers = new Map<string, ChartPlace & { file: string }>();
  for (const { file, chapter, charts } of chapters) {
    for (const { id, line } of charts) {
      const first = numbers.get(id);
      if (first) {
        throw new BookError({ file, line, id, field: '<Chart id>' }, `the chart "${id}" is already placed in ${first.file}.`,
          `place each chart in one chapter only; elsewhere, link to it as Figure ${first.number}.`);
      }
      numbers.set(id, { number: numbers.size + 1, chapter, file });
    }
  }
  return new Map([...numbers].map(([id, { number, chapter }]) => [id, { number, chapter }]));
}
