/**
 * The book's content: the MDX chapters, each checked against ChapterSchema, and data/'s items (checked
 * by loadData, with file, line and field in every message) as collections of their own.
 */
import { defineCollection } from 'astro:content';
import { ChapterSchema } from './lib/content/chapter-schema.ts';
import { chaptersLoader } from './lib/content/chapters-loader.ts';
import { bookDataLoader } from './lib/data/loader.ts';

const root = process.env.BOOK_ROOT ?? '.';

export const collections = {
  chapters: defineCollection({
    loader: chaptersLoader(`${root}/src/content/chapters`),
    schema: ChapterSchema,
  }),
  stats: defineCollection({ loader: bookDataLoader((data) => data.stats) }),
  charts: defineCollection({ loader: bookDataLoader((data) => data.charts) }),
  studies: defineCollection({ loader: bookDataLoader((data) => data.studies) }),
  sources: defineCollection({ loader: bookDataLoader((data) => data.sources) }),
  glossary: defineCollection({ loader: bookDataLoader((data) => data.glossary) }),
};
