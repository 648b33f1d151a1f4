/**
 * What the report's data is: one zod schema per kind of datum, with the TypeScript types derived from
 * them. The loader (`load.ts`) validates every file under `data/` against these before anything renders.
 */
import { z } from 'astro/zod';

const id = z
  .string({ error: 'is missing: give it a short id such as `share-who-agree`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, such as `share-who-agree`');
const text = (what: string) =>
  z
    .string({ error: `is missing: add ${what}` })
    .trim()
    .min(1, `is empty: add ${what}`);
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

/** How a stat's value is read, checked and shown. */
export const UnitSchema = z.enum(['percent', 'count', 'in-ten'], {
  error: 'must be one of percent, count or in-ten',
});
export type Unit = z.infer<typeof UnitSchema>;

/** The range each unit allows: a percentage of 140 or -3 is a typing mistake, not a finding. */
export const UNIT_RANGE: Record<Unit, readonly [number, number]> = {
  percent: [0, 100],
  count: [0, Number.MAX_SAFE_INTEGER],
  'in-ten': [0, 10],
};

/** A document the report is built from. */
export const SourceSchema = z.strictObject({
  /** Referred to by stats' `sources`. */
  id,
  /** The document's title as published. */
  title: text('the document title'),
  /** What sort of document it is, e.g. "Press release". */
  kind: text('what sort of document it is'),
  /** Who wrote or issued it. */
  author: text('who wrote or issued it'),
  /** Publication date, where the document gives one. */
  date: isoDate.optional(),
  /** Anything a reader should know about the document. */
  note: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

const fieldwork = z.union([
  z.strictObject({ start: isoDate, end: isoDate }),
  z.strictObject({ year: z.int().min(1990).max(2100) }),
]);

/** A survey: whose views, how many people, when, and how. */
const SurveySchema = z.strictObject({
  id,
  kind: z.literal('survey'),
  /** A short name, e.g. "Survey of NHS staff (2024)". */
  name: text('a short name'),
  /** Number of respondents, or `not stated` when no source gives it (never guess one). */
  base: z.union([z.int().positive(), z.literal('not stated')], {
    error: 'must be the number of respondents, or `not stated` if no source gives it',
  }),
  /** How many organisations the respondents came from, where known. */
  organisations: z.int().positive().optional(),
  /** Who was asked. */
  population: text('who was asked'),
  /** When it ran: a start and end date, or just the year. */
  fieldwork,
  /** How it was run (mode, weighting). */
  method: text('how the survey was run'),
  /** Ids of the documents that describe the survey. */
  sources: z.array(id).min(1, 'is empty: list at least one document id from sources.yaml'),
});

/** Evidence that is not a survey: monitoring counts, cited studies, stated facts. */
const OtherStudySchema = z.strictObject({
  id,
  kind: z.literal('other'),
  name: text('a short name'),
  /** What the stat rests on, in a sentence. */
  method: text('what the stats rest on'),
});

/** The evidence behind a stat. */
export const StudySchema = z.discriminatedUnion('kind', [SurveySchema, OtherStudySchema], {
  error: 'needs `kind: survey` (with base, population, fieldwork and method) or `kind: other` (with method)',
});
export type Study = z.infer<typeof StudySchema>;
export type Survey = z.infer<typeof SurveySchema>;

/** One number the report states. */
export const StatSchema = z.strictObject({
  /** How chapters and charts refer to it. */
  id,
  /** The number itself, in its unit (94 for 94%). */
  value: z.number({ error: 'is missing or not a number: write the number alone, e.g. 94 for 94%' }),
  /** percent, count or in-ten. */
  unit: UnitSchema,
  /** What the number counts, as a phrase a reader understands without the chapter. */
  label: text('a phrase saying what the number counts'),
  /** The id of the survey or other study in `studies.yaml` it comes from. */
  study: id,
  /** Ids of every document in `sources.yaml` that states it. */
  sources: z
    .array(id, { error: 'is missing: list the ids of the documents that state it, e.g. [ebook]' })
    .min(1, 'is empty: list at least one document id from sources.yaml'),
  /** How the sources word it, where that matters. */
  wording: z.string().optional(),
  /**
   * For a value the book works out itself (data/relations.yaml), the ids of the stats it is worked out
   * from. No document states such a value: `sources` then lists the documents that state those stats.
   */
  computedFrom: z.array(id).min(1).optional(),
  /**
   * Who answered the question, where that is not the whole survey: a percentage that cannot be a share
   * of the survey's base (94% of 76 people is 71.4) says so here, e.g. "not stated".
   */
  questionBase: z.string().trim().min(1).optional(),
});
export type Stat = z.infer<typeof StatSchema>;

/** The book's own metadata. */
export const BookSchema = z.strictObject({
  title: text('the book title'),
  subtitle: z.string().optional(),
  /** One sentence on what the book is about: the cover's lede, and the home page's description. */
  summary: z.string().trim().min(20, 'is too short: write one sentence saying what the book is about').optional(),
  publisher: text('the publisher'),
  /** The edition's date; also the PDF's date, so builds are reproducible. */
  date: isoDate,
  edition: text('the edition'),
  /** BCP 47 language tag of the text, e.g. en-GB. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en-GB'),
  /** Copyright and licence line. */
  licence: text('a copyright or licence line'),
  /** The public address of the site's home page. */
  url: z.url({ error: 'must be the full address of the site, e.g. https://example.org/report/' }),
  /** Ids from sources.yaml, in the order the back matter lists them. */
  sources: z.array(id).min(1),
});
export type Book = z.infer<typeof BookSchema>;
