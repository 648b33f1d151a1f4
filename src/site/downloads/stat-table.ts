/**
 * Every stat the report states, with what it rests on, for reuse (in the spirit of Our World in
 * Data's downloads): one nested record per stat for JSON, flattened to one row per stat for CSV.
 * Both files come from `statRecords`, so they always hold the same stats and facts.
 */
import type { BookData } from '../../book/data/load.ts';
import { formatStat, machineValue } from '../../book/data/format.ts';
import { formatFieldwork } from '../../book/data/describe.ts';
import type { Stat, Source, Study } from '../../book/data/schemas.ts';
import { csvText } from '../../lib/csv-text.ts';

/** One stat and its provenance, as published in stats.json. */
export interface StatRecord {
  id: string;
  label: string;
  /** The number in its unit (94 for 94%). */
  value: number;
  unit: Stat['unit'];
  /** As the report prints it: "94%", "eight in 10", "1.7 million". */
  display: string;
  /** 0 to 1 for percent and in-ten stats (94% → 0.94); null for counts. */
  fraction: number | null;
  study: Study & { fieldworkText?: string };
  sources: Source[];
  wording: string | null;
}

/** Every stat with its study and source documents, in data/stats.yaml order. */
export function statRecords(data: BookData): StatRecord[] {
  return [...data.stats.values()].map((stat) => {
    const study = data.studies.get(stat.study)!;
    return {
      id: stat.id,
      label: stat.label,
      value: stat.value,
      unit: stat.unit,
      display: formatStat(stat),
      fraction: stat.unit === 'count' ? null : machineValue(stat),
      study: study.kind === 'survey' ? { ...study, fieldworkText: formatFieldwork(study.fieldwork) } : study,
      sources: stat.sources.map((id) => data.sources.get(id)!),
      wording: stat.wording ?? null,
    };
  });
}

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'label',
  'value',
  'unit',
  'display',
  'fraction',
  'study_id',
  'study_name',
  'population',
  'base',
  'organisations',
  'fieldwork',
  'fieldwork_start',
  'fieldwork_end',
  'method',
  'source_ids',
  'source_titles',
  'wording',
] as const;

/** One flat row per stat; lists are joined with "; ", unknowns are empty. */
function csvRow(record: StatRecord): Record<(typeof CSV_COLUMNS)[number], string> {
  const { study } = record;
  const survey = study.kind === 'survey' ? study : undefined;
  const dates = survey && 'start' in survey.fieldwork ? survey.fieldwork : undefined;
  return {
    id: record.id,
    label: record.label,
    value: String(record.value),
    unit: record.unit,
    display: record.display,
    fraction: record.fraction === null ? '' : String(record.fraction),
    study_id: study.id,
    study_name: study.name,
    population: survey?.population ?? '',
    base: survey ? String(survey.base) : '',
    organisations: survey?.organisations ? String(survey.organisations) : '',
    fieldwork: survey?.fieldworkText ?? '',
    fieldwork_start: dates?.start ?? '',
    fieldwork_end: dates?.end ?? '',
    method: study.method.trim(),
    source_ids: record.sources.map((s) => s.id).join('; '),
    source_titles: record.sources.map((s) => s.title).join('; '),
    wording: record.wording?.trim() ?? '',
  };
}

/** stats.csv: a header row, then one row per stat. */
export const statsCsv = (data: BookData): string =>
  csvText([
    CSV_COLUMNS,
    ...statRecords(data)
      .map(csvRow)
      .map((row) => CSV_COLUMNS.map((column) => row[column])),
  ]);

/** stats.json: the report's details, then every stat with its study and sources. */
export function statsJson(data: BookData): string {
  const { book } = data;
  const stats = statRecords(data);
  const about = {
    title: book.title,
    subtitle: book.subtitle ?? null,
    publisher: book.publisher,
    date: book.date,
    edition: book.edition,
    url: book.url,
    licence: book.licence,
  };
  return `${JSON.stringify({ report: about, statCount: stats.length, stats }, null, 2)}\n`;
}
