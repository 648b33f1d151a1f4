/**
 * The glossary: every term and abbreviation the report uses, with a plain-English definition.
 * Read from the optional `data/glossary.yaml`; the first use of each abbreviation on a page is spelt
 * out (src/book/markdown/rehype-abbreviations.ts) and the glossary page lists every entry.
 */
import { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import type { YamlFile } from './yaml-file.ts';

export const GlossaryTermSchema = z.strictObject({
  /** The entry's anchor on the glossary page, e.g. `icb` for glossary/#icb. */
  id: z
    .string({ error: 'is missing: give it a short id such as `icb`' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, such as `icb`'),
  /** The full name as running text writes it: "Integrated Care Board", "software-defined networking". */
  term: z
    .string({ error: 'is missing: add the full name of the term' })
    .trim()
    .min(1, 'is empty: add the full name of the term'),
  /** The abbreviation, if any: capitals (and digits), such as `ICB`; plurals add "s" on their own. */
  abbr: z
    .string()
    .regex(
      /^[A-Z][A-Z0-9&]*[A-Z0-9]$/,
      'must be the abbreviation in capitals, such as ICB (plurals such as ICBs are recognised on their own)',
    )
    .optional(),
  /** True for abbreviations readers know (UK, NHS): not spelt out in the text, but given a tooltip. */
  wellKnown: z.boolean({ error: 'must be true or false' }).default(false),
  /** What it means, in a sentence or two of plain English. */
  definition: z
    .string({ error: 'is missing: explain the term in a sentence or two' })
    .trim()
    .min(10, 'is too short: explain the term in a sentence or two'),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/** Two entries with one abbreviation would make its expansion ambiguous: stop at the second. */
export function checkAbbreviations(terms: ReadonlyMap<string, GlossaryTerm>, src: YamlFile): void {
  const seen = new Map<string, string>();
  [...terms.values()].forEach((term, i) => {
    if (!term.abbr) return;
    const other = seen.get(term.abbr);
    if (other) {
      throw new BookError(
        { file: src.file, line: src.lineOf([i, 'abbr']), id: term.id, field: 'abbr' },
        `has the abbreviation "${term.abbr}", which the entry "${other}" already has.`,
        'keep one entry per abbreviation: merge the two, or correct the abbreviation.',
      );
    }
    seen.set(term.abbr, term.id);
  });
}

/** Glossary entries in alphabetical order of the name readers look up: the abbreviation if any. */
export function alphabetical(terms: Iterable<GlossaryTerm>): GlossaryTerm[] {
  const key = (t: GlossaryTerm) => (t.abbr ?? t.term).toLocaleLowerCase('en-GB');
  return [...terms].sort((a, b) => key(a).localeCompare(key(b), 'en-GB'));
}
