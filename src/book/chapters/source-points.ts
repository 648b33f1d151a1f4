/**
 * Where the book makes each point of its sources (issue 27): data/source-points.yaml maps a point of
 * the eBook extract or the press release, by file and line, to a chapter and words of that chapter
 * (its anchor). `missingPlaces` names every point whose chapter is gone or no longer holds its anchor,
 * so a rewrite cannot drop a point of the sources unnoticed. Pure: the caller reads the chapters.
 */
import { z } from 'astro/zod';

/** One point of a source and its place in the book. */
export const SourcePointSchema = z.strictObject({
  /** A short id, named in failures. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The source file's number in ../shared/sources/: "000" the press release, "003" the eBook extract. */
  source: z.enum(['000', '003']),
  /** The line of the source the point is on (1-based). */
  line: z.number().int().min(1),
  /** The eBook's section, since its extract is a single line. */
  part: z.string().optional(),
  /** What the source says, in the book's own words. */
  point: z.string().min(10),
  /** The chapter that makes the point: its file name in src/content/chapters, without .mdx. */
  chapter: z.string(),
  /** Words the chapter prints that carry the point; matched without markup, spacing or case. */
  anchor: z.string().min(8),
});
export type SourcePoint = z.infer<typeof SourcePointSchema>;

/** A chapter's words as a reader sees them, flattened: tags, Markdown marks and line breaks gone, lower-case. */
export function plainWords(mdx: string): string {
  return mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[*_`#>[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * One message per point whose place is gone: its chapter is missing (`read` returns undefined) or no
 * longer contains its anchor.
 */
export function missingPlaces(points: readonly SourcePoint[], read: (chapter: string) => string | undefined): string[] {
  const where = (p: SourcePoint) => `${p.source} line ${p.line}${p.part ? `, ${p.part}` : ''}`;
  return points.flatMap((p) => {
    const text = read(p.chapter);
    if (text === undefined)
      return [
        `point "${p.id}" (${where(p)}): there is no chapter "${p.chapter}" any more; give the ` +
          `point a chapter that makes it.`,
      ];
    const anchor = p.anchor.replace(/\s+/g, ' ').toLowerCase();
    return plainWords(text).includes(anchor)
      ? []
      : [
          `point "${p.id}" (${where(p)}): chapter "${p.chapter}" no longer says "${p.anchor}"; ` +
            `make the point there again ("${p.point}"), or update its anchor.`,
        ];
  });
}
