/**
 * The one place a chapter's MDX becomes a syntax tree. The book index, the checks before the build and
 * Astro's own MDX compile (through remark-book-index) all take their trees from here, so each version of
 * a chapter is parsed once per process. The trees are kept on globalThis: the build script, the config's
 * copy of these modules (the remark plugins) and the pages' copy (Vite's) share them.
 */
import { appendFileSync } from 'node:fs';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mdxSyntaxError } from '../chapters/mdx-syntax.ts';
import { chapterFacts, type ChapterFacts } from './facts.ts';

// The syntax Astro's MDX compile reads (remark-parse, remark-mdx, then GFM), so its tree and ours agree.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** One parsed version of a chapter: the text it was read from, its tree (never changed) and its facts. */
export interface Parsed {
  text: string;
  tree: Root;
  facts: ChapterFacts;
}

interface Store {
  parses: number;
  byPath: Map<string, Parsed>;
}
const STORE = Symbol.for('book-index.parsed');
const store = ((globalThis as { [STORE]?: Store })[STORE] ??= { parses: 0, byPath: new Map() });

/** How many times a chapter was parsed in this process (the parse-once test reads it). */
export const parseCount = (): number => store.parses;

/**
 * The chapter at `path` (absolute) with body `text`, parsed once per text. A syntax error is thrown as
 * the parser threw it (Astro words those itself); `parseChapter` words it for an editor.
 */
export function parsedRaw(path: string, text: string): Parsed {
  const known = store.byPath.get(path);
  if (known?.text === text) return known;
  store.parses++;
  // BOOK_PARSE_LOG=<file> lists every parse, for a test that counts them across processes.
  if (process.env.BOOK_PARSE_LOG) appendFileSync(process.env.BOOK_PARSE_LOG, `${path}\n`);
  const tree = processor.parse(text);
  const parsed = { text, tree, facts: chapterFacts(tree) };
  store.byPath.set(path, parsed);
  return parsed;
}

/** As parsedRaw, but an MDX syntax error stops with the editor's message: `file` (relative) and line. */
export function parseChapter(path: string, text: string, file: string): Parsed {
  try {
    return parsedRaw(path, text);
  } catch (error) {
    const { line, column, reason, message } = error as {
      line?: number;
      column?: number;
      reason?: string;
      message: string;
    };
    throw mdxSyntaxError(file, line, column, reason ?? message);
  }
}

/** The parsed chapter at `path` if this exact text was parsed already. */
export const parsedIfKnown = (path: string, text: string): Parsed | undefined => {
  const known = store.byPath.get(path);
  return known?.text === text ? known : undefined;
};

const factsOfCopies = new WeakMap<Root, ChapterFacts>();

/**
 * A copy of the parsed tree of `path` for Astro's compile to transform (the kept tree stays as parsed),
 * parsing only when this text was not parsed before.
 */
export function treeForCompile(path: string, text: string): Root {
  const { tree, facts } = parsedRaw(path, text);
  const copy = structuredClone(tree);
  factsOfCopies.set(copy, facts);
  return copy;
}

/** The facts of a tree: from the index when it came from treeForCompile, else read from it now. */
export const factsOf = (tree: Root): ChapterFacts => factsOfCopies.get(tree) ?? chapterFacts(tree);
