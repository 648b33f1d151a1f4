/**
 * The book's content collection: the MDX chapters, each checked against ChapterSchema. data/ is read by
 * getData() alone (src/book/data/index.ts), which checks it with file, line and field in every message.
 */
import { defineCollection } from 'astro:content';
import { root } from 'virtual:book/settings';
import { ChapterSchema } from './book/chapters/chapter-schema.ts';
import { chaptersLoader } from './book/chapters/chapters-loader.ts';

export const collections = {
  chapters: defineCollection({
    loader: chaptersLoader(`${root}/src/content/chapters`),
    schema: ChapterSchema,
  }),
};
