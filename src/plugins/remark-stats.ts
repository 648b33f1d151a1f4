/**
 * Checks every <Stat id="..." /> in a chapter against data/figures.yaml while the chapter compiles, so a
 * mistyped id stops the build at its file and line, and records the ids used in the chapter's
 * frontmatter (`figuresUsed`) for its sources list.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BookError } from '../lib/book-error.ts';
import { jsxAttr, visitJsx } from './mdx-jsx.ts';

export interface RemarkStatsOptions {
  /** The figure ids that exist. */
  figureIds: () => ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

/** The pure core: the ids used in `tree`, in order, throwing on the first unknown or missing one. */
export function collectStats(tree: Root, known: { has(id: string): boolean }, file: string): string[] {
  const used: string[] = [];
  visitJsx(tree, 'Stat', (node) => {
    const id = jsxAttr(node, 'id');
    const line = node.position?.start.line;
    if (!id) {
      throw new BookError({ file, line, field: '<Stat id>' }, 'a <Stat /> has no id.', 'write the figure id from data/figures.yaml, e.g. <Stat id="share-who-agree" />.');
    }
    if (!known.has(id)) {
      throw new BookError({ file, line, id, field: '<Stat id>' }, `there is no figure "${id}" in data/figures.yaml.`,
        'check the spelling against data/figures.yaml, or add the figure there with its value, unit, study and sources.');
    }
    used.push(id);
  });
  return used;
}

export default function remarkStats({ figureIds }: RemarkStatsOptions) {
  return (tree: Root, file: VFile) => {
    const used = collectStats(tree, figureIds(), relative(process.cwd(), file.path));
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).figuresUsed = [...new Set(used)];
  };
}
