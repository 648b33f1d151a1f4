/**
 * "Key findings at a glance", the panel that opens the landing page: which headline figures it shows,
 * what each means in a line, and which chapter tells the rest. Read from data/key-findings.yaml and
 * checked against the figures and the chapters, so the panel can never show a number that is not in
 * data/ or link to a chapter that does not exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { BookError } from '../book-error.ts';
import { parseWith } from './parse-with.ts';
import { FigureSchema, type Figure } from './schemas.ts';
import { findStrayFigures } from './stray-figures.ts';
import { readYamlFile } from './yaml-file.ts';

const FILE = 'key-findings.yaml';

/** The print edition's key-findings page: its anchor (the contents link to it) and its running head. */
export const KEY_FINDINGS_PAGE = { id: 'key-findings', title: 'Key findings at a glance', head: 'Key findings' } as const;
const CHAPTERS = 'src/content/chapters';

/** One large number on the landing page. */
export const KeyFindingSchema = z.strictObject({
  /** The id of the figure shown, from data/figures.yaml (or a survey base such as `staff-2024-base`). */
  figure: FigureSchema.shape.id,
  /** One line read after the number, e.g. "of NHS staff believe current measures are sufficient". */
  meaning: z.string({ error: 'is missing: add one line saying what the number means' })
    .trim()
    .min(10, 'is too short: write one line saying what the number means')
    .max(120, 'is longer than one line (120 characters): shorten it; the chapter says the rest')
    .refine((text) => findStrayFigures(text).length === 0, {
      error: 'contains a number: the panel shows the figure itself, so the line must not repeat or add one',
    }),
  /** The id of the chapter that tells the rest: its file name in src/content/chapters without `.mdx`. */
  chapter: FigureSchema.shape.id,
});
export type KeyFinding = z.infer<typeof KeyFindingSchema>;

/** The chapter ids a book has: its chapter file names, as the content collection names them. */
function chapterIds(root: string): string[] {
  const dir = join(root, CHAPTERS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)).sort();
}

/** Reads and checks `<root>/data/key-findings.yaml`; a book without the file has no panel. */
export function readKeyFindings(root: string, figures: ReadonlyMap<string, Figure>): KeyFinding[] {
  const path = join(root, 'data', FILE);
  if (!existsSync(path)) return [];
  const src = readYamlFile(path, root);
  if (!Array.isArray(src.data)) {
    throw new BookError({ file: src.file, line: 1 }, 'expected a list of key findings, one per "- figure: ..." entry.',
      'start each entry with "- figure: " followed by a figure id, then give its meaning and chapter.');
  }
  const chapters = chapterIds(root);
  const shown = new Set<string>();
  return src.data.map((raw, i) => {
    const finding = parseWith(KeyFindingSchema, raw, src, [i], 'The key finding');
    const place = (field: keyof KeyFinding) => ({ file: src.file, line: src.lineOf([i, field]), id: finding.figure, field });
    if (!figures.has(finding.figure)) {
      throw new BookError(place('figure'), `refers to the figure "${finding.figure}", which is not in data/figures.yaml.`,
        'use the id of a figure in data/figures.yaml (check the spelling), or add the figure there with its source.');
    }
    if (shown.has(finding.figure)) {
      throw new BookError(place('figure'), `shows the figure "${finding.figure}" a second time.`,
        'remove one of the two entries; each figure appears once in the panel.');
    }
    shown.add(finding.figure);
    if (!chapters.includes(finding.chapter)) {
      throw new BookError(place('chapter'), `links to the chapter "${finding.chapter}", which is not in ${CHAPTERS}.`,
        `use one of: ${chapters.join(', ') || '(no chapters yet)'}.`);
    }
    return finding;
  });
}
