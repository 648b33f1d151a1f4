/** Plain-English descriptions of data provenance, shared by source lists, chart captions and the PDF. */
import type { Source, Stat, Study } from './schemas.ts';
import { formatCount } from './format.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** 2024-07-08 → "8 July 2024". */
export const formatDate = (iso: string): string => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/** 8 July to 16 September 2024, or 5 to 8 July 2024, or 2022. */
export function formatFieldwork(fieldwork: { start: string; end: string } | { year: number }): string {
  if ('year' in fieldwork) return String(fieldwork.year);
  const [start, end] = [formatDate(fieldwork.start), formatDate(fieldwork.end)];
  const [sd, sm, sy] = start.split(' ');
  const [, em, ey] = end.split(' ');
  if (sy !== ey) return `${start} to ${end}`;
  return sm === em ? `${sd} to ${end}` : `${sd} ${sm} to ${end}`;
}

/** One sentence on who was asked, how many, when and how; or what a non-survey stat rests on. */
export function describeStudy(study: Study): string {
  if (study.kind === 'other') return `${study.name}: ${study.method}`;
  const base =
    typeof study.base === 'number'
      ? `base ${formatCount(study.base)} ${study.population}`
      : `${study.population}, base not stated`;
  const orgs = study.organisations ? ` from ${formatCount(study.organisations)} organisations` : '';
  return `${study.name}: ${base}${orgs}; fieldwork ${formatFieldwork(study.fieldwork)}. ${study.method}`;
}

/** "Title. Kind, author, 27 February 2025." */
export const describeSource = (doc: Source): string =>
  `${doc.title}. ${doc.kind}, ${doc.author}${doc.date ? `, ${formatDate(doc.date)}` : ''}.`;

/** A document's kind without its note in brackets: "Opinion article". */
export const documentKind = (doc: Source): string => doc.kind.replace(/\s*\(.*\)$/, '');

// "Signals of potential…" reads mid-sentence as "signals of potential…"; "NHS staff…" keeps its capitals.
const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/**
 * Where a stat comes from, for the table of every number: the documents that state it, or, for a value
 * the book works out itself (`computedFrom`), that no document states it and what it is worked out from.
 */
export function statOrigin(
  stat: Stat,
  { stats, sources }: { stats: ReadonlyMap<string, Stat>; sources: ReadonlyMap<string, Source> },
): string {
  const documents = stat.sources.map((id) => documentKind(sources.get(id)!)).join(', ');
  if (!stat.computedFrom) return documents;
  return (
    `Not stated in the documents: worked out from ` +
    `${stat.computedFrom.map((id) => inSentence(stats.get(id)!.label)).join(' and ')} ` +
    `(${documents})`
  );
}

/** The caption of the table of every number. */
export const STAT_REGISTER_CAPTION = 'Every number in the book, with its evidence and where it comes from';
