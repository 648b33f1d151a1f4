/**
 * Checks every <Stat id="..." /> in a chapter against data/stats.yaml while the chapter compiles, so a
 * mistyped id stops the build at its file and line. The check itself is the book index's (checkStats).
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkStats } from '../book-index/checks.ts';
import { factsOf } from '../book-index/parse.ts';

export interface RemarkStatsOptions {
  /** The stat ids that exist. */
  statIds: () => ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

export default function remarkStats({ statIds }: RemarkStatsOptions) {
  return (tree: Root, file: VFile) => {
    checkStats(factsOf(tree), statIds(), relative(process.cwd(), file.path));
  };
}
