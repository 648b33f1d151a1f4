/**
 * The report's data, loaded and checked once per process, with typed accessors for pages, components,
 * plugins and build scripts. `BOOK_ROOT` points at another book's folder (holding `data/` and
 * `src/content/`); by default it is the project itself.
 */
import { resolve } from 'node:path';
import { BookError } from '../../lib/book-error.ts';
import { loadData, type BookData } from './load.ts';
import type { Stat, Source, Study } from './schemas.ts';

export * from './schemas.ts';
export type { ChartSpec, ChartKind } from './charts.ts';
export { formatStat, formatCount, machineValue } from './format.ts';
export type { KeyFinding } from './key-findings.ts';
export { alphabetical, type GlossaryTerm } from './glossary.ts';

/** The folder of the book being built. */
export const bookRoot = (): string => resolve(process.env.BOOK_ROOT ?? process.cwd());

// On globalThis: the config's copy of this module (the remark plugins) and the pages' copy share it,
// so the live preview forgets it once for both, and nothing else has to be evaluated again.
const STORE = Symbol.for('book-data');
const slot = (globalThis as { [STORE]?: { root?: string; data?: BookData } })[STORE] ??= {};

/** Everything under `<root>/data/` (the book being built's by default), validated. Throws a BookError on the first mistake. */
export function getData(root = bookRoot()): BookData {
  if (slot.root !== root || !slot.data) Object.assign(slot, { root, data: loadData(root) });
  return slot.data!;
}

/** Forget the cached data, so the next read sees edits (the dev server calls this on a data change). */
export function clearDataCache(): void {
  slot.data = undefined;
}

/** A stat by id; `usedIn` names the file asking, so a wrong id points to where it was typed. */
export function getStat(id: string, usedIn = 'a chapter'): Stat {
  const stat = getData().stats.get(id);
  if (stat) return stat;
  throw new BookError({ file: usedIn, id }, `there is no stat with the id "${id}" in data/stats.yaml.`,
    `use an id listed in data/stats.yaml (check the spelling), or add the stat there with its source.`);
}

export const getStudy = (id: string): Study => getData().studies.get(id)!;
export const getSource = (id: string): Source => getData().sources.get(id)!;
