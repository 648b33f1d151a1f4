/**
 * The cross-reference registry of the book being built, read from the chapter files once per process
 * (the dev server clears it when a chapter changes). Remark plugins check <Ref id> against it while a
 * chapter compiles; the Ref component reads it when the page renders.
 */
import { bookRoot } from '../data/index.ts';
import { checkChapterFiles, readChapterFiles } from '../content/chapter-files.ts';
import { parseMdx } from '../content/mdx-syntax.ts';
import { buildRegistry, type ParsedChapter, type Referable } from './registry.ts';

export { NUMBERED_KINDS, type NumberedKind, type ParsedChapter, type Referable } from './registry.ts';

let cached: Map<string, Referable> | undefined;

/** Every referable thing in the book, by id. */
export function getRefs(): ReadonlyMap<string, Referable> {
  return (cached ??= readRefs(bookRoot()));
}

/** Forget the registry, so the next read sees edited chapters. */
export function clearRefsCache(): void {
  cached = undefined;
}

/** The chapters of the book at `root` in reading order, parsed, and the registry built from them. */
export function readBook(root: string): { chapters: ParsedChapter[]; refs: Map<string, Referable> } {
  const chapters = checkChapterFiles(readChapterFiles(root)).map((c) => ({ id: c.id, file: c.file, title: c.data.title, tree: parseMdx(c.body, c.file) }));
  return { chapters, refs: buildRegistry(chapters) };
}

/** Builds the registry of the book at `root`: its chapters in reading order, parsed. */
export const readRefs = (root: string): Map<string, Referable> => readBook(root).refs;
