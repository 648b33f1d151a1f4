/** The stats a chapter shows: its <Stat>s and the values its charts draw, once each, in order. */
import { chartRefs } from '../data/charts.ts';
import { getData } from '../data/index.ts';
import { elementsNamed } from './facts.ts';
import { getBookIndex } from './index.ts';

export function statsUsedIn(chapterId: string): string[] {
  const chapter = getBookIndex().chapters.find((c) => c.id === chapterId);
  if (!chapter) return [];
  const { charts } = getData();
  const stats = elementsNamed(chapter.facts, 'Stat').flatMap((e) => (e.id ? [e.id] : []));
  const drawn = elementsNamed(chapter.facts, 'Chart').flatMap((e) => {
    const spec = e.id ? charts.get(e.id) : undefined;
    return spec ? chartRefs(spec).map((ref) => ref.stat) : [];
  });
  return [...new Set([...stats, ...drawn])];
}
