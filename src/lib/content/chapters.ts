/** The chapters collection in reading order, read once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderChapters } from './book-order.ts';

export type Chapter = CollectionEntry<'chapters'>;

let ordered: Promise<Chapter[]> | undefined;
export const getChapters = (): Promise<Chapter[]> => (ordered ??= getCollection('chapters').then(orderChapters));
