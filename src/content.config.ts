/**
 * The book's content collection: the MDX chapters, in the book index's reading order, with the
 * frontmatter the index checked against ChapterSchema (the schema here types the entries). data/ is
 * read by getData() alone (src/book/data/index.ts), which checks it with file, line and field.
 */
import { defineCollection } from 'astro:content';
import { root } from 'virtual:book/settings';
import { ChapterSchema } from './book/chapters/chapter-schema.ts';
import { chaptersLoader } from './book/chapters/chapters-loader.ts';

export const collections = {
  chapters: defineCollection({ loader: chaptersLoader(root), schema: ChapterSchema }),
};
