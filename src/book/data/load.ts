/**
 * Loads and checks everything under `data/` once: YAML syntax, each item against its schema, unique ids,
 * references between files, and each value against its unit's range. The first mistake found stops the
 * build with a BookError naming the file, line, id and field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';
import { parseWith } from './parse-with.ts';
import { readKeyFindings, type KeyFinding } from './key-findings.ts';
import {
  BookSchema,
  StatSchema,
  SourceSchema,
  StudySchema,
  UNIT_RANGE,
  type Book,
  type Stat,
  type Source,
  type Study,
} from './schemas.ts';
import { ChartSchema, checkChart, type ChartSpec } from './charts.ts';
import { checkAbbreviations, GlossaryTermSchema, type GlossaryTerm } from './glossary.ts';
import { unstatedQuestionBase } from './question-base.ts';
import { readRelations, type Relation } from './relations.ts';

export interface BookData {
  book: Book;
  sources: ReadonlyMap<string, Source>;
  studies: ReadonlyMap<string, Study>;
  /** Every stat, including the survey bases and organisation counts derived from studies.yaml. */
  stats: ReadonlyMap<string, Stat>;
  /** The landing page's headline stats (data/key-findings.yaml), checked against stats and chapters. */
  keyFindings: readonly KeyFinding[];
  /** Chart specs from charts.yaml (optional: a book may have none), in file order. */
  charts: ReadonlyMap<string, ChartSpec>;
  /** Terms and abbreviations, from the optional data/glossary.yaml (empty when a book has none). */
  glossary: ReadonlyMap<string, GlossaryTerm>;
  /** Relations the text states between stats (data/relations.yaml), each checked; its value is in `stats`. */
  relations: readonly Relation[];
}

/** Parses a file holding a list of items with unique ids. */
function readList<T extends { id: string }>(src: YamlFile, schema: z.ZodType<T>, what: string): Map<string, T> {
  if (!Array.isArray(src.data)) {
    throw new BookError(
      { file: src.file, line: 1 },
      `expected a list of ${what}s, one per "- id: ..." entry.`,
      'start each entry with "- id: ".',
    );
  }
  const items = new Map<string, T>();
  src.data.forEach((raw, i) => {
    const item = parseWith(schema, raw, src, [i], `The ${what}`);
    if (items.has(item.id)) {
      throw new BookError(
        { file: src.file, line: src.lineOf([i, 'id']), id: item.id, field: 'id' },
        `two ${what}s have the id "${item.id}".`,
        `give one of them another id; ids must be unique in ${src.file}.`,
      );
    }
    items.set(item.id, item);
  });
  return items;
}

function checkRef(
  known: ReadonlyMap<string, unknown>,
  ref: string,
  src: YamlFile,
  path: PropertyKey[],
  id: string,
  field: string,
  listFile: string,
) {
  if (known.has(ref)) return;
  throw new BookError(
    { file: src.file, line: src.lineOf(path), id, field },
    `refers to "${ref}", which is not in ${listFile}.`,
    `use one of: ${[...known.keys()].join(', ')}; or add "${ref}" to ${listFile}.`,
  );
}

/** Survey bases and organisation counts are stats too, so prose can show them without retyping. */
function surveyStats(study: Study): Stat[] {
  if (study.kind !== 'survey') return [];
  const stat = (suffix: string, value: number, label: string): Stat => ({
    id: `${study.id}-${suffix}`,
    value,
    unit: 'count',
    label,
    study: study.id,
    sources: study.sources,
  });
  const derived: Stat[] = [];
  if (typeof study.base === 'number') derived.push(stat('base', study.base, `Respondents to the ${study.name}`));
  if (study.organisations)
    derived.push(stat('organisations', study.organisations, `Organisations taking part in the ${study.name}`));
  return derived;
}

/** Reads `<root>/data/*.yaml` and returns every datum, validated and cross-checked. */
export function loadData(root: string): BookData {
  const read = (name: string) => readYamlFile(join(root, 'data', name), root);
  const bookFile = read('book.yaml');
  const book = parseWith(BookSchema, bookFile.data, bookFile, [], 'The book');
  const sourcesFile = read('sources.yaml');
  const sources = readList(sourcesFile, SourceSchema, 'source');
  const studiesFile = read('studies.yaml');
  const studies = readList(studiesFile, StudySchema, 'study');
  const statsFile = read('stats.yaml');
  const stats = readList(statsFile, StatSchema, 'stat');

  book.sources.forEach((ref, i) =>
    checkRef(sources, ref, bookFile, ['sources', i], 'book', `sources[${i}]`, sourcesFile.file),
  );
  [...studies.values()].forEach((study, i) => {
    if (study.kind === 'survey')
      study.sources.forEach((ref, j) =>
        checkRef(sources, ref, studiesFile, [i, 'sources', j], study.id, `sources[${j}]`, sourcesFile.file),
      );
  });
  [...stats.values()].forEach((stat, i) => {
    checkRef(studies, stat.study, statsFile, [i, 'study'], stat.id, 'study', 'data/studies.yaml');
    stat.sources.forEach((ref, j) =>
      checkRef(sources, ref, statsFile, [i, 'sources', j], stat.id, `sources[${j}]`, sourcesFile.file),
    );
    const [min, max] = UNIT_RANGE[stat.unit];
    if (stat.value < min || stat.value > max || (stat.unit === 'count' && !Number.isInteger(stat.value))) {
      throw new BookError(
        { file: statsFile.file, line: statsFile.lineOf([i, 'value']), id: stat.id, field: 'value' },
        `is ${stat.value}, but a ${stat.unit} stat must be ` +
          `${stat.unit === 'count' ? 'a whole number of at least 0' : `between ${min} and ${max}`}.`,
        stat.unit === 'percent'
          ? 'write the percentage as a number from 0 to 100 (94 for 94%).'
          : `check the value against the source, or change its unit.`,
      );
    }
    const notShare = unstatedQuestionBase(stat, studies.get(stat.study));
    if (notShare) {
      throw new BookError(
        { file: statsFile.file, line: statsFile.lineOf([i, 'value']), id: stat.id, field: 'value' },
        notShare,
        'check the value against the source; if it is right, the question was answered by fewer ' +
          'people: add `questionBase: not stated` (or who answered it), which the methods chapter ' +
          'lists.',
      );
    }
  });
  for (const study of studies.values()) for (const derived of surveyStats(study)) stats.set(derived.id, derived);
  const { relations, derived } = readRelations(root, stats);
  for (const stat of derived) stats.set(stat.id, stat);

  const chartsFile = existsSync(join(root, 'data', 'charts.yaml')) ? read('charts.yaml') : undefined;
  const charts = chartsFile ? readList(chartsFile, ChartSchema, 'chart') : new Map<string, ChartSpec>();
  // checkChart returns the spec with its title and summary's stat placeholders filled in.
  [...charts.values()].forEach((chart, i) => charts.set(chart.id, checkChart(chart, i, chartsFile!, stats, sources)));
  return {
    book,
    sources,
    studies,
    stats,
    keyFindings: readKeyFindings(root, stats),
    charts,
    glossary: readGlossary(root),
    relations,
  };
}

function readGlossary(root: string): Map<string, GlossaryTerm> {
  const path = join(root, 'data', 'glossary.yaml');
  if (!existsSync(path)) return new Map();
  const file = readYamlFile(path, root);
  const glossary = readList(file, GlossaryTermSchema, 'glossary entry');
  checkAbbreviations(glossary, file);
  return glossary;
}
