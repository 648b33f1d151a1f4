/**
 * The chapters as files on disk: the one reader of their frontmatter and running order. The book index
 * reads them through this (and Astro's chapters collection through the index), so a frontmatter mistake
 * is reported once, with its line, before Astro's own framing. The frontmatter block is found as
 * @astrojs/mdx finds it (Astro's own extractor), so the body the index parses is the one Astro compiles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
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
  /** The file as read. */
  text: string;
  /** The frontmatter, parsed but not yet checked. */
  frontmatter: YamlFile;
  /**
   * The file with its frontmatter blanked, as @astrojs/mdx passes it to the compile (spaces for the
   * frontmatter, newlines kept), so lines and columns are the file's and the book index's parse of it
   * is the one Astro's compile reuses.
   */
  body: string;
}

/** A chapter id, which is its address: lower-case words joined by hyphens, as `what-staff-think`. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Splits one chapter file into frontmatter and body; malformed frontmatter stops with its line. */
export function parseChapterFile(text: string, file: string, id: string): ChapterFile {
  if (!KEBAB_CASE.test(id)) {
    const suggested = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    throw new BookError(
      { file },
      `the file name "${id}.mdx" is not a chapter id: the name becomes the chapter's address.`,
      `rename it in lower-case words joined by ` +
        `hyphens${suggested ? `, e.g. "${suggested}.mdx"` : ''}, and keep it directly in the ` +
        `chapters folder.`,
    );
  }
  const raw = extractFrontmatter(text);
  if (raw === undefined) {
    throw new BookError(
      { file, line: 1 },
      'the chapter does not start with frontmatter between two "---" lines.',
      'start the file with a line "---", then title, order and summary, one per line, then ' +
        'another "---" line. EDITING.md shows an example.',
    );
  }
  // The block starts on the line of its opening "---" (the rest of that line is the block's first line).
  const frontmatter = parseYaml(raw, file, text.slice(0, text.indexOf(`---${raw}---`)).split('\n').length);
  // Blanked as @astrojs/mdx blanks it before its compile ("empty-with-spaces"): lines and columns stay the file's.
  return { id, file, text, frontmatter, body: text.replace(`---${raw}---`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `) };
}

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
    data: parseWith(
      ChapterSchema,
      f.frontmatter.data ?? {},
      f.frontmatter,
      [],
      'The chapter',
      'EDITING.md lists the fields a chapter takes.',
    ),
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
