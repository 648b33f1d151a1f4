/**
 * Turns whatever a failed build threw into the one message an editor needs. Astro and Vite wrap errors
 * from plugins, content loaders and pages in their own framing (an aggregate "Build failed", renamed
 * errors, stack traces); this finds the editor's mistake inside and words it as a BookError.
 */
import { relative } from 'node:path';
import { BookError, formatBookError, type BookErrorPlace } from '../lib/book-error.ts';
import { mdxSyntaxError } from '../book/chapters/mdx-syntax.ts';

interface Thrown {
  name?: string;
  message?: string;
  reason?: string;
  place?: unknown;
  problem?: unknown;
  hint?: unknown;
  loc?: { file?: string; line?: number; column?: number };
  errors?: unknown[];
  cause?: unknown;
  /** A system call's failure (Node's fs errors): its code and the file it was about. */
  code?: string;
  path?: string;
}

/** The error and everything it wraps, outermost first. */
function* unwrap(error: unknown, depth = 0): Generator<Thrown> {
  if (!error || typeof error !== 'object' || depth > 8) return;
  const e = error as Thrown;
  yield e;
  for (const inner of e.errors ?? []) yield* unwrap(inner, depth + 1);
  yield* unwrap(e.cause, depth + 1);
}

/** A BookError, even one renamed by Astro or loaded as another copy of the module. */
const isBookError = (e: Thrown): e is Thrown & { place: BookErrorPlace; problem: string; hint: string } =>
  typeof e.problem === 'string' &&
  typeof e.hint === 'string' &&
  typeof (e.place as BookErrorPlace | undefined)?.file === 'string';

/** Astro's Markdown-style emphasis, removed for a terminal. */
const plain = (text: string) => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** The editor's message for `error`, or undefined when it is not a mistake an editor can make. */
export function explainBuildError(error: unknown, root: string): string | undefined {
  const all = [...unwrap(error)];
  const book = all.find(isBookError);
  if (book) return formatBookError(book.place, book.problem, book.hint);
  for (const e of all) {
    const file = e.loc?.file ? relative(root, e.loc.file) : undefined;
    if (!file) continue;
    const line = e.loc?.line || undefined;
    if (e.name === 'MDXError' || e.name === 'VFileMessage')
      return mdxSyntaxError(file, line, e.loc?.column, e.reason ?? e.message ?? '').message;
    if (e.name === 'YAMLException') {
      return new BookError(
        { file, line },
        `the frontmatter is not valid YAML (${e.reason ?? e.message}).`,
        'check the lines between the two "---" lines: each is "name: value", and text containing ": " needs quotes.',
      ).message;
    }
    if (e.name === 'InvalidContentEntryDataError') {
      return new BookError(
        { file },
        `the frontmatter is not right: ${plain(e.message ?? '').replace(/^.*?schema\. /, '')}.`,
        'correct the field named; EDITING.md lists the fields a chapter takes.',
      ).message;
    }
  }
  return undefined;
}

/** What the machine refused, by the system's code, and what to do about it. */
const FAULTS: Record<string, { what: (path: string) => string; fix: (path: string) => string }> = {
  ENOSPC: {
    what: (path) => `the disk is full: writing ${path} failed`,
    fix: () =>
      'free some space on that disk (the build needs room for a second copy of the site beside ' +
      'dist/), then build again',
  },
  EDQUOT: {
    what: (path) => `your disk quota is used up: writing ${path} failed`,
    fix: () => 'free some of your space, then build again',
  },
  EACCES: {
    what: (path) => `${path} cannot be written: you do not have permission`,
    fix: (path) =>
      `give your user write access to ${path} and the folder it is in (or build in a folder you own), then build again`,
  },
  EPERM: {
    what: (path) => `${path} cannot be changed: the system does not allow it`,
    fix: (path) => `check who owns ${path} and whether it is locked, then build again`,
  },
  EROFS: {
    what: (path) => `${path} is on a disk that is read-only`,
    fix: () => 'build in a folder on a disk you can write to',
  },
};

/**
 * One line for a fault of the machine rather than of the book (a full disk, a folder that cannot be
 * written), naming the cause and the fix; undefined for anything else.
 */
export function explainMachineFault(error: unknown, root: string): string | undefined {
  const fault = [...unwrap(error)].find((e) => e.code !== undefined && FAULTS[e.code] !== undefined);
  if (!fault) return undefined;
  const path = fault.path ? relative(root, fault.path) || '.' : 'a file of the build';
  const { what, fix } = FAULTS[fault.code!]!;
  return `The build could not finish: ${what(path)} (${fault.code}). Fix: ${fix(path)}`;
}
