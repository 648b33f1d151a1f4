/**
 * The book index: every chapter, in reading order, read once into what it holds (facts.ts) with file and
 * line, and what is worked out from all of them once: the cross-reference registry with the book's one
 * "Figure N" numbering, where each chart is placed, and which chapters refer to which. The preflight
 * checks, the remark plugins, <Ref>, <Chart>, the chapter sources and the live preview read it.
 * It lives on globalThis, like the parsed trees, so every copy of these modules in one process shares it.
 */
import { join } from 'node:path';
import type { ChapterData } from '../chapters/chapter-schema.ts';
import { checkChapterFiles, readChapterFiles, type CheckedChapter } from '../chapters/chapter-files.ts';
import { buildRegistry, type Referable } from '../refs/registry.ts';
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
const slot = (globalThis as { [STORE]?: { index?: BookIndex } })[STORE] ??= {};

/** Indexes the book at `root`: reads every chapter file, parses the ones not parsed in this version. */
export function readBookIndex(root: string): BookIndex {
  const chapters = checkChapterFiles(readChapterFiles(root)).map((c: CheckedChapter): IndexedChapter => {
    const path = join(root, c.file);
    const sources = c.data.sources.map((id, i) => ({ id, line: c.frontmatter.lineOf(['sources', i]) }));
    return { ...parseChapter(path, c.body, c.file), id: c.id, file: c.file, path, title: c.data.title, data: c.data, sources };
  });
  return { root, chapters, refs: buildRegistry(chapters) };
}

/** The index of the book at `root`, read on first use. Throws the first chapter mistake (a BookError). */
export function getBookIndex(root: string): BookIndex {
  if (slot.index?.root !== root) slot.index = readBookIndex(root);
  return slot.index;
}

/** Reads the chapters again (only an edited one is parsed again); returns what changed for other pages. */
export function refreshBookIndex(root: string): { before?: BookIndex; after: BookIndex } {
  const before = slot.index;
  slot.index = undefined;
  return { before, after: getBookIndex(root) };
}

/** The chapters whose <Ref>s point into chapter `id`: their pages show its titles and numbers. */
export function referrersOf(index: BookIndex, id: string): string[] {
  const pointsInto = (c: IndexedChapter, ref: string) => index.refs.get(ref.startsWith('#') ? c.id + ref : ref)?.chapter === id;
  return index.chapters.filter((c) => c.id !== id && c.facts.elements.some((e) => e.name === 'Ref' && e.id && pointsInto(c, e.id))).map((c) => c.id);
}

/** Where each placed chart is, by chart id: its number and chapter (from the one numbering). */
export function chartPlaces(index: BookIndex): Map<string, { number: number; chapter: string }> {
  return new Map([...index.refs.values()].filter((r) => r.kind === 'Figure' && r.number).map((r) => [r.id, { number: r.number!, chapter: r.chapter }]));
}
