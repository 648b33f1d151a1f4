/**
 * The chapters as files on disk, read without Astro: for the checks that run before the build (so a
 * frontmatter mistake is reported with its line, before Astro's own framing), for cross-reference
 * numbering across the whole book, the content lint and the new-chapter command.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BookError } from '../../lib/book-error.ts';
import { parseYaml, type YamlFile } from '../data/yaml-file.ts';
import { parseWith } from '../data/parse-with.ts';
import { orderChapters } from './book-order.ts';
import { ChapterSchema, type ChapterData } from './chapter-schema.ts';

/** Where a book keeps its chapters. */
export const chaptersDir = (root: string): string => join(root, 'src', 'content', 'chapters');

export interface ChapterFile {
  /** The chapter id: the file name without `.mdx`, as the content collection names it. */
  id: string;
  /** Path relative to the project, as editors see it. */
  file: string;
  /** The frontmatter, parsed but not yet checked. */
  frontmatter: YamlFile;
  /**
   * The file with its frontmatter blanked, as @astrojs/mdx passes it to the compile (spaces for the
   * frontmatter, newlines kept), so lines and columns are the file's and the book index's parse of it
   * is the one Astro's compile reuses.
   */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits one chapter file into frontmatter and body; malformed frontmatter stops with its line. */
export function parseChapterFile(text: string, file: string, id: string): ChapterFile {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    throw new BookError({ file, line: 1 }, 'the chapter does not start with frontmatter between two "---" lines.',
      'start the file with a line "---", then title, order and summary, one per line, then another "---" line. EDITING.md shows an example.');
  }
  const frontmatter = parseYaml(match[1] ?? '', file, 2);
  return { id, file, frontmatter, body: blankFrontmatter(text) };
}

// @astrojs/mdx's own frontmatter pattern and blanking ("empty-with-spaces" in @astrojs/internal-helpers).
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const blankFrontmatter = (text: string): string => {
  const raw = ASTRO_FRONTMATTER.exec(text)?.[1];
  return raw === undefined ? text : text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
};

// Each file's last reading: the live preview reads every chapter again on each save, and parsing the
// frontmatter of the ones not saved was half the work.
const lastRead = new Map<string, { text: string; chapter: ChapterFile }>();

/** Every chapter file of the book at `root`, sorted by file name (a file's frontmatter parsed once per version). */
export function readChapterFiles(root: string): ChapterFile[] {
  const dir = chaptersDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const last = lastRead.get(path);
      if (last?.text === text) return last.chapter;
      const chapter = parseChapterFile(text, relative(root, path), name.replace(/\.mdx$/, '').replaceAll('\\', '/'));
      lastRead.set(path, { text, chapter });
      return chapter;
    });
}

export interface CheckedChapter extends ChapterFile {
  data: ChapterData;
  filePath: string;
}

/** Checks every chapter's frontmatter against the schema, then the running order; returns them in order. */
export function checkChapterFiles(files: readonly ChapterFile[]): CheckedChapter[] {
  const checked = files.map((f) => ({
    ...f,
    filePath: f.file,
    data: parseWith(ChapterSchema, f.frontmatter.data ?? {}, f.frontmatter, [], 'The chapter', 'EDITING.md lists the fields a chapter takes.'),
  }));
  try {
    return orderChapters(checked);
  } catch (error) {
    // orderChapters is pure and line-blind: add the line of the clashing `order`.
    if (!(error instanceof BookError)) throw error;
    const at = checked.find((c) => c.file === error.place.file);
    throw new BookError({ ...error.place, line: at?.frontmatter.lineOf(['order']) }, error.problem, error.hint);
  }
}
