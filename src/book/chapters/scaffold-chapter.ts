/**
 * What `npm run new-chapter` writes: a chapter file with valid frontmatter, placed in the running order
 * without renumbering any other chapter. Pure, apart from reading the chapters already there.
 */
import GithubSlugger from 'github-slugger';
import { BookError } from '../../lib/book-error.ts';
import type { ChapterData } from './chapter-schema.ts';

/** An existing chapter, as the scaffold needs it. */
export interface Placed {
  id: string;
  data: Pick<ChapterData, 'order' | 'kind'>;
}

/** The new chapter: its id (file name), order and the file's text. */
export interface NewChapter {
  id: string;
  order: number;
  text: string;
}

/** A summary the editor must replace; the schema accepts it, so the chapter previews at once. */
export const PLACEHOLDER_SUMMARY = 'Say in one or two sentences what this chapter covers: it shows in the contents.';

/**
 * The order that puts a chapter right after `after` (a chapter id), or after the last `kind: chapter`
 * entry: halfway to the next chapter's order, so no other file changes.
 */
export function orderAfter(chapters: readonly Placed[], after?: string): number {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  const anchor = after ? sorted.find((c) => c.id === after) : sorted.filter((c) => c.data.kind === 'chapter').at(-1);
  if (after && !anchor) {
    throw new BookError(
      { file: 'npm run new-chapter', field: '--after' },
      `there is no chapter "${after}" to place the new one after.`,
      `use a chapter's file name without .mdx: ${sorted.map((c) => c.id).join(', ')}.`,
    );
  }
  const from = anchor?.data.order ?? 0;
  const next = sorted.find((c) => c.data.order > from)?.data.order;
  if (next === undefined) return Math.floor(from) + 1;
  return Number.isInteger(from) && next - from > 1 ? from + 1 : (from + next) / 2;
}

/** The file for a new chapter titled `title`, placed after `after` (or the last chapter). */
export function scaffoldChapter(
  title: string,
  chapters: readonly Placed[],
  options: { after?: string; summary?: string } = {},
): NewChapter {
  const clean = title.trim();
  if (!clean) {
    throw new BookError(
      { file: 'npm run new-chapter', field: 'title' },
      'no title was given.',
      'write the title in quotes: npm run new-chapter -- "Patient safety".',
    );
  }
  const id = new GithubSlugger().slug(clean);
  if (chapters.some((c) => c.id === id)) {
    throw new BookError(
      { file: `src/content/chapters/${id}.mdx`, id },
      'a chapter with this file name already exists.',
      'choose another title, or edit the existing chapter.',
    );
  }
  const order = orderAfter(chapters, options.after);
  const quote = (s: string) => JSON.stringify(s);
  const text = [
    '---',
    `title: ${quote(clean)}`,
    `order: ${order}`,
    'kind: chapter',
    `summary: ${quote(options.summary?.trim() || PLACEHOLDER_SUMMARY)}`,
    '---',
    '',
    'Write the chapter here, in Markdown. EDITING.md shows how to add a stat (`<Stat id="..." />`), a chart',
    '(`<Chart id="..." />`) and a cross-reference (`<Ref id="..." />`).',
    '',
    '## A first section',
    '',
    'Each section starts with a "##" heading.',
    '',
  ].join('\n');
  return { id, order, text };
}
