/** What a chapter's frontmatter holds: checked once, as the book index reads the chapters (chapter-files.ts). */
import { z } from 'astro/zod';

/** Where a chapter sits in the book: before the chapters, a chapter, or after them. */
export const ChapterKindSchema = z.enum(['front', 'chapter', 'back'], {
  error: 'must be front, chapter or back',
});

export const ChapterSchema = z.strictObject({
  /** The full title, shown as the page's heading. */
  title: z
    .string({ error: 'is missing: every chapter needs a title' })
    .trim()
    .min(1, 'is empty: give the chapter a title'),
  /** A short form for navigation, running heads and the contents; defaults to the title. */
  shortTitle: z.string().trim().min(1).optional(),
  /** Position in the book: chapters are sorted by it, and no two may share it. */
  order: z.number({ error: 'is missing: give the chapter a number saying where it sits in the book, e.g. order: 3' }),
  /** One or two sentences: the meta description and the line under the title in the contents. */
  summary: z
    .string({ error: 'is missing: add a one- or two-sentence summary' })
    .trim()
    .min(20, 'is too short: write a sentence or two'),
  /** front, chapter or back. */
  kind: ChapterKindSchema.default('chapter'),
  /** Documents (ids in data/sources.yaml) the chapter draws on beyond the stats it shows. */
  sources: z.array(z.string()).default([]),
});
export type ChapterData = z.infer<typeof ChapterSchema>;
