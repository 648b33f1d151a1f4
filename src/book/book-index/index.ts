/**
 * The book index: every chapter, in reading order, read once into what it holds (facts.ts) with file and
 * line, and what is worked out from all of them once: the cross-reference registry with the book's one
 * "Figure N" numbering, where each chart is placed, and which chapters refer to which. The preflight
 * checks, the remark plugins, <Ref>, <Chart>, the chapter sources and the live preview read it.
 * It lives on globalThis, like the parsed trees, so every copy of these modules in one process shares it.
 */
import { join } from 'node:path';
import type { ChapterData } from '../chapters/chapter-schema.ts';
import { chapterNumbers } from '../chapters/book-order.ts';
import {
  checkChapterFiles,
  readChapterFiles,
  type ChapterFile,
  type CheckedChapter,
} from '../chapters/chapter-files.ts';
import { buildRegistry, FIGURE_LABEL, type Referable } from '../refs/registry.ts';
import type { ChapterFacts } from './facts.ts';
import { parseChapter, type Parsed } from './parse.ts';

export interface IndexedChapter extends Parsed {
  id: string;
  /** Relative to the book's folder, as editors see it. */
  file: string;
  /** Absolute, as Astro and the file watcher name it. */
  path: string;
  title: string;
  /** The checked frontmatter: kind, summary, short title, order. */
  data: ChapterData;
  /** "Chapter N": only chapters of kind `chapter` are numbered, from 1 (front and back matter are not). */
  number?: number;
  /** Documents the frontmatter lists beyond the chapter's stats, each with its line. */
  sources: { id: string; line?: number }[];
  facts: ChapterFacts;
}

export interface BookIndex {
  root: string;
  chapters: IndexedChapter[];
  /** Every referable thing by id; charts carry their "Figure N" number here. */
  refs: Map<string, Referable>;
}

const STORE = Symbol.for('book-index.index');
const slot = ((globalThis as { [STORE]?: { index?: BookIndex; files?: readonly ChapterFile[] } })[STORE] ??= {});

/** Indexes the book at `root`: reads every chapter file, parses the ones not parsed in this version. */
export const readBookIndex = (root: string): BookIndex => indexOf(root, readChapterFiles(root));

function indexOf(root: string, files: readonly ChapterFile[]): BookIndex {
  const checked = checkChapterFiles(files);
  const numbers = chapterNumbers(checked);
  const chapters = checked.map((c: CheckedChapter): IndexedChapter => {
    const path = join(root, c.file);
    const sources = c.data.sources.map((id, i) => ({ id, line: c.frontmatter.lineOf(['sources', i]) }));
    const parsed = parseChapter(path, c.body, c.file);
    return {
      ...parsed,
      id: c.id,
      file: c.file,
      path,
      title: c.data.title,
      data: c.data,
      number: numbers.get(c.id),
      sources,
    };
  });
  return { root, chapters, refs: buildRegistry(chapters) };
}

/** Reads the chapters again (only an edited one is parsed again), and keeps the index for the book at `root`. */
export function refreshBookIndex(root: string): BookIndex {
  // Forgotten first: a chapter's mistake then stops every later reader too, until a save mends it.
  Object.assign(slot, { index: undefined, files: undefined });
  const files = readChapterFiles(root);
  Object.assign(slot, { index: indexOf(root, files), files });
  return slot.index!;
}

/**
 * The index of the book at `root` as the chapters on disk are now: read again only if a file changed
 * since it was read. For the live preview, whose file watcher can see a quick second save late or not at
 * all (chokidar drops a change within 50 ms of the last): asking the disk makes a reload show every save.
 */
export function currentBookIndex(root: string): BookIndex {
  const index = getBookIndex(root);
  const files = readChapterFiles(root);
  const known = slot.files;
  if (known?.length === files.length && known.every((f, i) => f.file === files[i]!.file && f.text === files[i]!.text))
    return index;
  return refreshBookIndex(root);
}

/** The index of the book at `root`, read on first use. Throws the first chapter mistake (a BookError). */
export function getBookIndex(root: string): BookIndex {
  return slot.index?.root === root ? slot.index : refreshBookIndex(root);
}

/** The chapters whose <Ref>s point into chapter `id`: their pages show its titles and numbers. */
export function referrersOf(index: BookIndex, id: string): string[] {
  const pointsInto = (c: IndexedChapter, ref: string) =>
    index.refs.get(ref.startsWith('#') ? c.id + ref : ref)?.chapter === id;
  return index.chapters
    .filter((c) => c.id !== id && c.facts.elements.some((e) => e.name === 'Ref' && e.id && pointsInto(c, e.id)))
    .map((c) => c.id);
}

/** Where each placed chart is, by chart id: its number and chapter (from the one numbering). */
export function chartPlaces(index: BookIndex): Map<string, { number: number; chapter: string }> {
  return new Map(
    [...index.refs.values()]
      .filter((r) => r.kind === FIGURE_LABEL && r.number)
      .map((r) => [r.id, { number: r.number!, chapter: r.chapter }]),
  );
}
