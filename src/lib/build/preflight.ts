/**
 * The checks that need no Astro, run before every build: all of data/ (loadData), and every chapter's
 * frontmatter, running order, MDX syntax and cross-reference ids (readRefs). They report a mistake in
 * about a second, with file and line, where Astro would report it later and wrapped in its own framing.
 */
import { loadData } from '../data/load.ts';
import { readRefs } from '../refs/index.ts';

/** Checks the book at `root`; throws the first BookError found. Returns what it checked, for the log. */
export function preflight(root: string): { figures: number; terms: number; chapters: number } {
  const data = loadData(root);
  const refs = readRefs(root);
  return { figures: data.figures.size, terms: data.glossary.size, chapters: [...refs.values()].filter((r) => r.kind === 'chapter').length };
}
