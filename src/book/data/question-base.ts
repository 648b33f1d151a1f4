/**
 * A survey percentage is a share of the people who answered. When no whole number of the survey's
 * respondents gives it (94% of 76 people would be 71.4: 71 is 93%, 72 is 95%), the question was put to
 * fewer people than the survey's base, and the stat must say that its own base is not given
 * (`questionBase`), so the methods chapter can tell the reader instead of implying the wrong base.
 */
import type { Stat, Study } from './schemas.ts';

/** Whether some whole number of `base` respondents rounds to `percent`. */
export function canBeShareOf(percent: number, base: number): boolean {
  const people = Math.round((percent / 100) * base);
  return [people - 1, people, people + 1].some((k) => k >= 0 && k <= base && Math.round((k / base) * 100) === percent);
}

/** The nearest shares a survey of `base` people can give either side of `percent`, e.g. "71 is 93%, 72 is 95%". */
export function nearestShares(percent: number, base: number): string {
  const below = Math.floor((percent / 100) * base);
  return [below, below + 1].map((k) => `${k} is ${Math.round((k / base) * 100)}%`).join(', ');
}

/** The survey stat's problem, if its percentage cannot be a share of the whole survey and it does not say so. */
export function unstatedQuestionBase(stat: Stat, study: Study | undefined): string | undefined {
  if (stat.unit !== 'percent' || stat.questionBase || study?.kind !== 'survey' || typeof study.base !== 'number')
    return undefined;
  if (canBeShareOf(stat.value, study.base)) return undefined;
  return (
    `is ${stat.value}%, which cannot be a share of the ${study.base} people in ${study.id} ` +
    `(${nearestShares(stat.value, study.base)}).`
  );
}
