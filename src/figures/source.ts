/**
 * A chart's source line: the documents it cites (from its spec, in the book's order) and, for each
 * survey or other study behind its stats, who was asked, how many, when and how (describe.ts).
 */
import type { BookData } from '../book/data/load.ts';
import type { ChartSpec } from '../book/data/charts.ts';
import { chartRefs } from '../book/data/charts.ts';
import { describeSource, describeStudy } from '../book/data/describe.ts';

/** The documents and the studies behind `spec`, each as a sentence. */
export function chartSource(
  spec: ChartSpec,
  data: Pick<BookData, 'book' | 'sources' | 'studies' | 'stats'>,
): { documents: string[]; studies: string[] } {
  const cited = new Set(spec.sources);
  const order = [...data.book.sources, ...spec.sources.filter((id) => !data.book.sources.includes(id))];
  const documents = order.filter((id) => cited.has(id)).map((id) => describeSource(data.sources.get(id)!));
  const studyIds = [...new Set(chartRefs(spec).map((ref) => data.stats.get(ref.stat)!.study))];
  return { documents, studies: studyIds.map((id) => describeStudy(data.studies.get(id)!)) };
}
