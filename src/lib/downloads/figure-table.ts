/**
 * Every figure the report states, with what it rests on, for reuse (in the spirit of Our World in
 * Data's downloads): one nested record per figure for JSON, flattened to one row per figure for CSV.
 * Both files come from `figureRecords`, so they always hold the same figures and facts.
 */
import type { BookData } from '../data/load.ts';
import { formatFigure, machineValue } from '../data/format.ts';
import { formatFieldwork } from '../data/describe.ts';
import type { Figure, Source, Study } from '../data/schemas.ts';
import { csvText } from '../csv-text.ts';

/** One figure and its provenance, as published in figures.json. */
export interface FigureRecord {
  id: string;
  label: string;
  /** The number in its unit (94 for 94%). */
  value: number;
  unit: Figure['unit'];
  /** As the report prints it: "94%", "eight in 10", "1.7 million". */
  display: string;
  /** 0 to 1 for percent and in-ten figures (94% → 0.94); null for counts. */
  fraction: number | null;
  study: Study & { fieldworkText?: string };
  sources: Source[];
  wording: string | null;
}

/** Every figure with its study and source documents, in data/figures.yaml order. */
export function figureRecords(data: BookData): FigureRecord[] {
  return [...data.figures.values()].map((figure) => {
    const study = data.studies.get(figure.study)!;
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      unit: figure.unit,
      display: formatFigure(figure),
      fraction: figure.unit === 'count' ? null : machineValue(figure),
      study: study.kind === 'survey' ? { ...study, fieldworkText: formatFieldwork(study.fieldwork) } : study,
      sources: figure.sources.map((id) => data.sources.get(id)!),
      wording: figure.wording ?? null,
    };
  });
}

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'id', 'label', 'value', 'unit', 'display', 'fraction', 'study_id', 'study_name', 'population', 'base',
  'organisations', 'fieldwork', 'fieldwork_start', 'fieldwork_end', 'method', 'source_ids', 'source_titles', 'wording',
] as const;

/** One flat row per figure; lists are joined with "; ", unknowns are empty. */
function csvRow(record: FigureRecord): Record<(typeof CSV_COLUMNS)[number], string> {
  const { study } = record;
  const survey = study.kind === 'survey' ? study : undefined;
  const dates = survey && 'start' in survey.fieldwork ? survey.fieldwork : undefined;
  return {
    id: record.id, label: record.label, value: String(record.value), unit: record.unit, display: record.display,
    fraction: record.fraction === null ? '' : String(record.fraction),
    study_id: study.id, study_name: study.name, population: survey?.population ?? '',
    base: survey ? String(survey.base) : '', organisations: survey?.organisations ? String(survey.organisations) : '',
    fieldwork: survey?.fieldworkText ?? '', fieldwork_start: dates?.start ?? '', fieldwork_end: dates?.end ?? '',
    method: study.method.trim(), source_ids: record.sources.map((s) => s.id).join('; '),
    source_titles: record.sources.map((s) => s.title).join('; '), wording: record.wording?.trim() ?? '',
  };
}

/** figures.csv: a header row, then one row per figure. */
export const figuresCsv = (data: BookData): string =>
  csvText([CSV_COLUMNS, ...figureRecords(data).map(csvRow).map((row) => CSV_COLUMNS.map((column) => row[column]))]);

/** figures.json: the report's details, then every figure with its study and sources. */
export function figuresJson(data: BookData): string {
  const { book } = data;
  const figures = figureRecords(data);
  const about = { title: book.title, subtitle: book.subtitle ?? null, publisher: book.publisher, date: book.date, edition: book.edition, url: book.url, licence: book.licence };
  return `${JSON.stringify({ report: about, figureCount: figures.length, figures }, null, 2)}\n`;
}
