/**
 * The checks of what a chapter places, over its facts: every <Stat>, <Chart> and <Ref> id must name something that
 * exists, and so must every document its frontmatter `sources` lists. The remark plugins run them as each chapter
 * compiles, and the content lint runs them on every chapter before the build; both stop at the same first mistake
 * with the same words.
 */
import { BookError } from '../../lib/book-error.ts';
import { closest } from '../../lib/closest.ts';
import type { ChartSpec } from '../data/charts.ts';
import type { Referable } from '../refs/registry.ts';
import { elementsNamed, type ChapterFacts } from './facts.ts';
import { figureAnchor } from '../routes.ts';

/** The stat ids the chapter's <Stat>s show, in order; throws on the first missing or unknown one. */
export function checkStats(facts: ChapterFacts, known: { has(id: string): boolean }, file: string): string[] {
  return elementsNamed(facts, 'Stat').map(({ id, line }) => {
    if (!id) {
      throw new BookError(
        { file, line, field: '<Stat id>' },
        'a <Stat /> has no id.',
        'write the stat id from data/stats.yaml, e.g. <Stat id="share-who-agree" />.',
      );
    }
    if (!known.has(id)) {
      throw new BookError(
        { file, line, id, field: '<Stat id>' },
        `there is no stat "${id}" in data/stats.yaml.`,
        'check the spelling against data/stats.yaml, or add the stat there with its value, unit, study and sources.',
      );
    }
    return id;
  });
}

/**
 * The documents a chapter's frontmatter lists (`sources`): each must be one of the report's sources
 * (`known`: data/book.yaml's list, each in data/sources.yaml), or the chapter's sources would leave it out.
 */
export function checkChapterSources(
  sources: readonly { id: string; line?: number }[],
  known: readonly string[],
  file: string,
): void {
  sources.forEach(({ id, line }, i) => {
    if (known.includes(id)) return;
    const near = closest(id, known);
    throw new BookError(
      { file, line, id, field: `sources[${i}]` },
      `lists the source "${id}", which is not one of the report's sources (data/book.yaml).`,
      `${near ? `did you mean "${near}"? Use` : 'use'} one of: ${known.join(', ')}; or add the ` +
        `document to data/sources.yaml and to the sources in data/book.yaml.`,
    );
  });
}

/** Where a chapter places a chart. */
export interface Placement {
  id: string;
  line?: number;
}

/**
 * The charts chapter `chapter` places, in order: each a chart of data/charts.yaml whose `chapter:` is
 * this one, on a line of its own, once.
 */
export function checkCharts(
  facts: ChapterFacts,
  known: ReadonlyMap<string, Pick<ChartSpec, 'chapter'>>,
  file: string,
  chapter: string,
): Placement[] {
  const placed: Placement[] = [];
  for (const { id, line, inline } of elementsNamed(facts, 'Chart')) {
    const fail = (problem: string, hint: string): never => {
      throw new BookError({ file, line, id, field: '<Chart id>' }, problem, hint);
    };
    if (!id)
      fail('a <Chart /> has no id.', 'write the chart id from data/charts.yaml, e.g. <Chart id="answers-by-group" />.');
    const spec = known.get(id!);
    if (!spec) {
      fail(
        `there is no chart "${id}" in data/charts.yaml.`,
        `use one of: ${[...known.keys()].join(', ') || '(none yet)'}; or add the chart to data/charts.yaml.`,
      );
    }
    if (inline) {
      fail(
        'this <Chart /> is inside a paragraph, but a chart is a figure of its own.',
        'put the <Chart /> tag on its own line, with a blank line before and after it.',
      );
    }
    const earlier = placed.find((p) => p.id === id);
    if (earlier)
      fail(
        `the chart "${id}" is already placed on line ${earlier.line}.`,
        `place each chart once; link to it with #${figureAnchor(id!)} elsewhere.`,
      );
    if (spec!.chapter !== chapter) {
      fail(
        `the chart "${id}" is placed in the chapter "${chapter}", but data/charts.yaml gives it ` +
          `"chapter: ${spec!.chapter}".`,
        `place it in the chapter ${spec!.chapter}, or change its "chapter:" in data/charts.yaml to ${chapter}.`,
      );
    }
    placed.push({ id: id!, line });
  }
  return placed;
}

const HOW =
  'refer to a chapter by its file name without .mdx (methods), a section as ' +
  'chapter#section-id (the id in the address when you click the # beside its heading), or ' +
  'a chart by its id in data/charts.yaml.';

/** A <Ref>'s id as the registry knows it: `#section` is completed with the chapter's id. */
export const refTarget = (typed: string, chapter: string): string =>
  typed.startsWith('#') ? `${chapter}${typed}` : typed;

/** The targets of the chapter's <Ref>s, in order; throws on the first missing or dangling one. */
export function checkRefs(
  facts: ChapterFacts,
  refs: ReadonlyMap<string, Referable>,
  file: string,
  chapter: string,
): string[] {
  return elementsNamed(facts, 'Ref').map(({ id: typed, line }) => {
    if (!typed)
      throw new BookError(
        { file, line, field: '<Ref id>' },
        'a <Ref /> has no id.',
        `write what it refers to, e.g. <Ref id="methods" />: ${HOW}`,
      );
    const id = refTarget(typed, chapter);
    if (!refs.has(id)) {
      const near = closest(id, refs.keys());
      throw new BookError(
        { file, line, id: typed, field: '<Ref id>' },
        `there is no chapter, section or chart with the id "${id}" to refer to.`,
        `${near ? `did you mean "${near}"? Otherwise ` : ''}${HOW}`,
      );
    }
    return id;
  });
}
