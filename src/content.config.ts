/** The book's content: one collection of MDX chapters, each checked against ChapterSchema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ChapterSchema } from './lib/content/chapter-schema.ts';

const root = process.env.BOOK_ROOT ?? '.';

export const collections = {
  chapters: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/src/content/chapters` }),
    schema: ChapterSchema,
  }),
};
