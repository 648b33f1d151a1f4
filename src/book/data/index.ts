/**
 * A book's data, loaded and checked once per version, with typed accessors for pages, components,
 * plugins and the build. Each caller names the book's folder (holding `data/` and `src/content/`): the
 * build's settings say which (src/pipeline/settings.ts).
 */
import { BookError } from '../../lib/book-error.ts';
import { loadData, type BookData } from './load.ts';
import type { Stat } from './schemas.ts';

export * from './schemas.ts';
export type { ChartSpec, ChartKind } from './charts.ts';
export { formatStat, formatCount, machineValue } from './format.ts';
export type { KeyFinding } from './key-findings.ts';
export { alphabetical, type GlossaryTerm } from './glossary.ts';

// On globalThis: the config's copy of this module (the remark plugins) and the pages' copy share it,
// so the live preview forgets it once for both, and nothing else has to be evaluated again.
const STORE = Symbol.for('book-data');
const slot = ((globalThis as { [STORE]?: { root?: string; data?: BookData } })[STORE] ??= {});

/** Everything under `<root>/data/`, validated. Throws a BookError on the first mistake. */
export function getData(root: string): BookData {
  if (slot.root !== root || !slot.data) Object.assign(slot, { root, data: loadData(root) });
  return slot.data!;
}

/** Forget the cached data, so the next read sees edits (the dev server calls this on a data change). */
export function clearDataCache(): void {
  slot.data = undefined;
}

/** A stat of the book at `root` by id; `usedIn` names the file asking, so a wrong id points to where it was typed. */
export function getStat(root: string, id: string, usedIn = 'a chapter'): Stat {
  const stat = getData(root).stats.get(id);
  if (stat) return stat;
  throw new BookError(
    { file: usedIn, id },
    `there is no stat with the id "${id}" in data/stats.yaml.`,
    `use an id listed in data/stats.yaml (check the spelling), or add the stat there with its source.`,
  );
}
