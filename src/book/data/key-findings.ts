/**
 * "Key findings at a glance", the panel that opens the landing page: which headline stats it shows,
 * what each means in a line, and which chapter tells the rest. Read from data/key-findings.yaml and
 * checked against the stats and the chapters, so the panel can never show a number that is not in
 * data/ or link to a chapter that does not exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import { parseWith } from './parse-with.ts';
import { StatSchema, type Stat } from './schemas.ts';
import { findStrayStats } from './stray-stats.ts';
import { readYamlFile } from './yaml-file.ts';

const FILE = 'key-findings.yaml';

/** The print edition's key-findings page: its anchor (the contents link to it) and its running head. */
export const KEY_FINDINGS_PAGE = {
  id: 'key-findings',
  title: 'Key findings at a glance',
  head: 'Key findings',
} as const;
const CHAPTERS = 'src/content/chapters';

/** One large number on the landing page. */
export const KeyFindingSchema = z.strictObject({
  /** The id of the stat shown, from data/stats.yaml (or a survey base such as `staff-2024-base`). */
  stat: StatSchema.shape.id,
  /** One line read after the number, e.g. "of NHS staff believe current measures are sufficient". */
  meaning: z
    .string({ error: 'is missing: add one line saying what the number means' })
    .trim()
    .min(10, 'is too short: write one line saying what the number means')
    .max(120, 'is longer than one line (120 characters): shorten it; the chapter says the rest')
    .refine((text) => findStrayStats(text).length === 0, {
      error: 'contains a number: the panel shows the stat itself, so the line must not repeat or add one',
    }),
  /** The id of the chapter that tells the rest: its file name in src/content/chapters without `.mdx`. */
  chapter: StatSchema.shape.id,
});
export type KeyFinding = z.infer<typeof KeyFindingSchema>;

/** The chapter ids a book has: its chapter file names, as the content collection names them. */
function chapterIds(root: string): string[] {
  const dir = join(root, CHAPTERS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** Reads and checks `<root>/data/key-findings.yaml`; a book without the file has no panel. */
export function readKeyFindings(root: string, stats: ReadonlyMap<string, Stat>): KeyFinding[] {
  const path = join(root, 'data', FILE);
  if (!existsSync(path)) return [];
  const src = readYamlFile(path, root);
  if (!Array.isArray(src.data)) {
    throw new BookError(
      { file: src.file, line: 1 },
      'expected a list of key findings, one per "- stat: ..." entry.',
      'start each entry with "- stat: " followed by a stat id, then give its meaning and chapter.',
    );
  }
  const chapters = chapterIds(root);
  const shown = new Set<string>();
  return src.data.map((raw, i) => {
    const finding = parseWith(KeyFindingSchema, raw, src, [i], 'The key finding');
    const place = (field: keyof KeyFinding) => ({
      file: src.file,
      line: src.lineOf([i, field]),
      id: finding.stat,
      field,
    });
    if (!stats.has(finding.stat)) {
      throw new BookError(
        place('stat'),
        `refers to the stat "${finding.stat}", which is not in data/stats.yaml.`,
        'use the id of a stat in data/stats.yaml (check the spelling), or add the stat there with its source.',
      );
    }
    if (shown.has(finding.stat)) {
      throw new BookError(
        place('stat'),
        `shows the stat "${finding.stat}" a second time.`,
        'remove one of the two entries; each stat appears once in the panel.',
      );
    }
    shown.add(finding.stat);
    if (!chapters.includes(finding.chapter)) {
      throw new BookError(
        place('chapter'),
        `links to the chapter "${finding.chapter}", which is not in ${CHAPTERS}.`,
        `use one of: ${chapters.join(', ') || '(no chapters yet)'}.`,
      );
    }
    return finding;
  });
}
