/**
 * Relations the text states between stats ("2,000 a second is 172.8 million a day", "less than half
 * the worldwide share", "most staff"), recorded in data/relations.yaml. The build computes each from
 * data/stats.yaml and stops if one does not hold, so a sentence can never claim a sum or a share the
 * stats do not bear out. A computed value becomes a stat of its own: a chapter shows it with
 * <Stat id="relation-id" />, and it changes when the stats it comes from change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { BookError } from '../../lib/book-error.ts';
import { formatStat } from './format.ts';
import { parseWith } from './parse-with.ts';
import { StatSchema, type Stat } from './schemas.ts';
import { readYamlFile, type YamlFile } from './yaml-file.ts';

const SECONDS_PER_DAY = 86_400;

/** The words the text may use of a value, and the range each promises (a percentage, or a ratio as one). */
export const SAYS: Record<string, (value: number) => boolean> = {
  'almost all': (v) => v >= 90,
  most: (v) => v > 50,
  'more than half': (v) => v > 50,
  'less than half': (v) => v < 50,
  'a minority': (v) => v < 50,
};

/** One stated relation. */
export const RelationSchema = z.strictObject({
  /** How a chapter shows the computed value: <Stat id="..." />. */
  id: StatSchema.shape.id,
  /**
   * per-day: a per-second count times 86,400. ratio: the first stat as a percentage of the second.
   * margin: the margin of error, in percentage points, of a share of a survey base (the base's stat),
   * at the usual 95% confidence and for the widest case, a share of one half.
   * share: the stat itself, for a word the text uses of it ("most"); it adds no stat.
   */
  kind: z.enum(['per-day', 'ratio', 'margin', 'share'], { error: 'must be one of per-day, ratio, margin or share' }),
  /** The stat ids related: one for per-day, margin and share, two (part, whole) for ratio. */
  stats: z
    .array(StatSchema.shape.id, { error: 'is missing: list the stat ids the relation computes from' })
    .min(1)
    .max(2),
  /** What the computed value counts, as a phrase. */
  label: z.string({ error: 'is missing: say what the computed value counts' }).trim().min(1),
  /** The words the text uses of the value, checked against it. */
  says: z.enum(Object.keys(SAYS) as [string, ...string[]]).optional(),
  /** A stat the sources state for the same quantity, compared with the computed value. */
  stated: StatSchema.shape.id.optional(),
  /** Where the stated stat and the computed value disagree: how the text says so. Required then. */
  disagreement: z.string().trim().min(1).optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

/** The computed value of a relation, in the unit the derived stat takes. */
export function computeRelation(relation: Relation, stats: readonly Stat[]): number {
  const [first, second] = stats.map((f) => f.value) as [number, number | undefined];
  switch (relation.kind) {
    case 'per-day':
      return first * SECONDS_PER_DAY;
    case 'ratio':
      return Math.round((first / second!) * 100);
    case 'margin':
      return Math.round(1.96 * Math.sqrt(0.25 / first) * 100);
    case 'share':
      return first;
  }
}

/** Reads data/relations.yaml (optional), checks every relation holds, and returns the computed stats. */
export function readRelations(
  root: string,
  stats: ReadonlyMap<string, Stat>,
): { relations: Relation[]; derived: Stat[] } {
  const path = join(root, 'data', 'relations.yaml');
  if (!existsSync(path)) return { relations: [], derived: [] };
  const src = readYamlFile(path, root);
  if (!Array.isArray(src.data)) {
    throw new BookError(
      { file: src.file, line: 1 },
      'expected a list of relations, one per "- id: ..." entry.',
      'start each entry with "- id: ".',
    );
  }
  const relations = src.data.map((raw, i) => parseWith(RelationSchema, raw, src, [i], 'The relation'));
  const computed = relations.map((relation, i) => checkRelation(relation, i, src, stats));
  // A share restates a stat; only new values (a daily total, a ratio) become stats of their own.
  return { relations, derived: computed.filter((_, i) => relations[i]!.kind !== 'share') };
}

function checkRelation(relation: Relation, i: number, src: YamlFile, stats: ReadonlyMap<string, Stat>): Stat {
  const fail = (field: string, problem: string, hint: string): never => {
    throw new BookError({ file: src.file, line: src.lineOf([i, field]), id: relation.id, field }, problem, hint);
  };
  if (stats.has(relation.id))
    fail('id', `is also the id of a stat in data/stats.yaml.`, 'give the relation an id of its own.');
  const want = relation.kind === 'ratio' ? 2 : 1;
  if (relation.stats.length !== want)
    fail(
      'stats',
      `lists ${relation.stats.length} stats, but a ${relation.kind} relation takes ${want}.`,
      want === 2 ? 'list the part, then the whole.' : 'list one stat id.',
    );
  const related = relation.stats.map(
    (id) =>
      stats.get(id) ??
      fail(
        'stats',
        `names "${id}", which is not a stat in data/stats.yaml.`,
        'check the spelling against data/stats.yaml.',
      ),
  );
  const value = computeRelation(relation, related);
  // A margin is a number of percentage points, not a share: the text says "points" after it.
  const unit = relation.kind === 'per-day' || relation.kind === 'margin' ? 'count' : 'percent';
  const derived: Stat = {
    id: relation.id,
    value,
    unit,
    label: relation.label,
    study: related[0]!.study,
    sources: [...new Set(related.flatMap((f) => f.sources))],
    computedFrom: relation.stats,
  };
  if (relation.says && !SAYS[relation.says]!(value)) {
    fail(
      'says',
      `says "${relation.says}", but ${related.map(formatStat).join(' of ')} comes to ` +
        `${formatStat(derived)}, which is not ${relation.says}.`,
      'change the words in the chapter and here to what the stats show, or check the stats against the sources.',
    );
  }
  if (relation.stated) {
    const stated =
      stats.get(relation.stated) ??
      fail('stated', `names "${relation.stated}", which is not a stat in data/stats.yaml.`, 'check the spelling.');
    const agree = Math.abs(stated.value - value) <= 0.01 * Math.max(stated.value, value);
    if (!agree && !relation.disagreement) {
      fail(
        'stated',
        `the sources state ${formatStat(stated)}, but ${related.map(formatStat).join(', ')} ` +
          `works out at ${formatStat(derived)}.`,
        'add a `disagreement` saying how the text reports the two stats; the text must not say they agree.',
      );
    }
    if (agree && relation.disagreement)
      fail(
        'disagreement',
        'describes a disagreement, but the stated and computed values agree.',
        'remove the disagreement.',
      );
  }
  return derived;
}
