/** The chapters collection in reading order, read once per build (in the live preview, on every page, as chapters change). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterNumbers, orderChapters } from './book-order.ts';

export type Chapter = CollectionEntry<'chapters'>;

let ordered: Promise<Chapter[]> | undefined;
export const getChapters = (): Promise<Chapter[]> => {
  if (import.meta.env.DEV) return getCollection('chapters').then(orderChapters);
  return (ordered ??= getCollection('chapters').then(orderChapters));
};

/** What a one-page-per-chapter route (site or print) receives: the chapter and its number, if numbered. */
export interface ChapterPageProps { chapter: Chapter; number?: number }

/** Static paths for a route with one page per chapter, shared by the site and the print edition. */
export async function chapterPaths(): Promise<{ params: { chapter: string }; props: ChapterPageProps }[]> {
  const chapters = await getChapters();
  const numbers = chapterNumbers(chapters);
  return chapters.map((chapter) => ({ params: { chapter: chapter.id }, props: { chapter, number: numbers.get(chapter.id) } }));
}
