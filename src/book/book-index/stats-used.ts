/** The stats a chapter shows: its <Stat>s and the values its charts draw, once each, in order. */
import { chartRefs, type ChartSpec } from '../data/charts.ts';
import { elementsNamed } from './facts.ts';
import type { IndexedChapter } from './index.ts';

export function statsUsedIn(chapter: IndexedChapter, charts: ReadonlyMap<string, ChartSpec>): string[] {
  const stats = elementsNamed(chapter.facts, 'Stat').flatMap((e) => (e.id ? [e.id] : []));
  const drawn = elementsNamed(chapter.facts, 'Chart').flatMap((e) => {
    const spec = e.id ? charts.get(e.id) : undefined;
    return spec ? chartRefs(spec).map((ref) => ref.stat) : [];
  });
  return [...new Set([...stats, ...drawn])];
}
