/**
 * The book's running order, as pure functions over chapter entries so they can be tested without Astro:
 * sorting by `order`, refusing two chapters in one place, numbering and previous/next.
 */
import { BookError } from '../../lib/book-error.ts';
import type { ChapterData } from './chapter-schema.ts';

/** The part of an Astro collection entry these functions need. */
export interface ChapterLike {
  id: string;
  filePath?: string;
  data: Pick<ChapterData, 'order' | 'kind' | 'title' | 'shortTitle'>;
}

/** Chapters in reading order; two chapters with the same `order` stop the build. */
export function orderChapters<T extends ChapterLike>(entries: readonly T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((entry, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.data.order === entry.data.order) {
      throw new BookError(
        { file: entry.filePath ?? entry.id, field: 'order' },
        `has order ${entry.data.order}, the same as ${prev.filePath ?? prev.id}.`,
        'give each chapter its own order number; the chapters are listed in order of these numbers.',
      );
    }
  });
  return sorted;
}

/** "Chapter 3"-style numbers: only `kind: chapter` entries are numbered, from 1. */
export function chapterNumbers(ordered: readonly ChapterLike[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const entry of ordered) if (entry.data.kind === 'chapter') numbers.set(entry.id, numbers.size + 1);
  return numbers;
}

/** The entries before and after `id` in reading order. */
export function neighbours<T extends ChapterLike>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((entry) => entry.id === id);
  return { prev: ordered[i - 1], next: i < 0 ? undefined : ordered[i + 1] };
}

/** The title used in navigation and running heads. */
export const shortTitle = (entry: ChapterLike): string => entry.data.shortTitle ?? entry.data.title;
