/**
 * A chart's title and summary state its numbers through placeholders, so every stat lives once, in
 * data/stats.yaml, and an editor who changes a stat changes the chart's words with it:
 *
 *   {staff-role-awareness}                          → "94%" (as <Stat> prints it; "Eight in 10" to open a sentence)
 *   {staff-role-awareness - staff-measures-sufficient} → "58 points", the difference, larger value first
 *
 * A placeholder may name only stats the chart draws, so the words never state what the chart does not
 * show. A number typed by hand is refused, as in key-findings.yaml. A difference that comes out below zero
 * is refused too: the words around it ("fell by", "trails by") were written for the other direction.
 * Pure: the loader calls it with a `fail` that turns a problem into a BookError at the field's line.
 */
import { closest } from '../../lib/closest.ts';
import { differenceText, formatStat } from './format.ts';
import type { Stat } from './schemas.ts';
import { findStrayStats } from './stray-stats.ts';

/** Stops with what is wrong and how to fix it. */
export type Fail = (problem: string, hint: string) => never;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const DIFFERENCE = /^([a-z0-9-]+?)\s+-\s+([a-z0-9-]+)$/;

/** `text` with each placeholder replaced by the stat (or difference) it names. */
export function resolveWords(
  text: string,
  stats: ReadonlyMap<string, Stat>,
  drawn: readonly string[],
  fail: Fail,
): string {
  const example = `{${drawn[0] ?? 'stat-id'}}`;
  const stray = findStrayStats(text.replace(PLACEHOLDER, ' '))[0];
  if (stray) {
    fail(
      `types the number "${stray.stat}" by hand ("${stray.context}").`,
      `write the stat as a placeholder such as ${example}, which prints its value from ` +
        `data/stats.yaml, or say it without a number.`,
    );
  }
  if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
    fail(
      `has a "{" or "}" that does not open or close a placeholder ("${text}").`,
      `write each placeholder whole, as ${example}.`,
    );
  }
  const stat = (id: string): Stat => {
    if (drawn.includes(id)) return stats.get(id)!;
    const known = stats.has(id);
    const near = known ? undefined : closest(id, drawn);
    return fail(
      known
        ? `names the stat "${id}", which this chart does not draw.`
        : `names "${id}", which is not a stat in data/stats.yaml.`,
      `${near ? `write {${near}} (the nearest id), or another of` : 'use one of'} the stats ` +
        `this chart draws: ${drawn.map((d) => `{${d}}`).join(', ')}. A chart's words state only ` +
        `what it shows.`,
    );
  };
  return text.replace(PLACEHOLDER, (_, inner: string, at: number) => {
    const body = inner.trim();
    const pair = DIFFERENCE.exec(body);
    let words: string;
    if (pair) {
      const [a, b] = [stat(pair[1]!), stat(pair[2]!)];
      if (a.value < b.value) {
        fail(
          `{${body}} comes out below zero: ${a.id} is ${formatStat(a)} and ${b.id} is ${formatStat(b)}.`,
          `put the larger stat first, {${b.id} - ${a.id}}, and check the words around it still say ` +
            `which way the change goes.`,
        );
      }
      words = differenceText(a.value - b.value, a.unit);
    } else if (/^[a-z0-9-]+$/.test(body)) {
      words = formatStat(stat(body));
    } else {
      return fail(
        `has the placeholder {${inner}}, which is neither a stat id nor a difference of two.`,
        `write ${example} for a stat, or {first-id - second-id} for the difference between two.`,
      );
    }
    // At the start of a sentence, "eight in 10" reads "Eight in 10".
    return /(^|[.!?]\s+)$/.test(text.slice(0, at)) ? words[0]!.toUpperCase() + words.slice(1) : words;
  });
}
