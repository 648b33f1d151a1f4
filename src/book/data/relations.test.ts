import { describe, expect, it } from 'vitest';
import { tempBook } from '../../../tests/support/temp-book.ts';
import { loadData } from './load.ts';
import { canBeShareOf, nearestShares } from './question-base.ts';

/** This book's data after one edit, loaded; returns the build's message, or fails if it loads. */
function errorAfter(file: string, from: string | RegExp, to: string): string {
  const book = tempBook(['data', 'src/content/chapters'], process.cwd());
  book.edit(file, from, to);
  try {
    loadData(book.root);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the edit of ${file} to be refused`);
}

describe("relations the text states (this book's data/relations.yaml)", () => {
  const { stats, relations } = loadData(process.cwd());

  it("computes the daily total from the rate a second, and records that BT's stated total disagrees", () => {
    expect(stats.get('threat-signals-per-second-daily')?.value).toBe(172_800_000);
    expect(stats.get('threat-signals-per-day')?.value).toBe(200_000_000);
    expect(relations.find((r) => r.id === 'threat-signals-per-second-daily')?.disagreement).toMatch(/do not agree/);
  });

  it('computes the NHS share as less than half the worldwide one', () => {
    expect(stats.get('nhs-cyber-share-of-worldwide')?.value).toBe(42);
  });

  it('marks a computed value as worked out, from the stats it comes from, since no document states it', () => {
    expect(stats.get('nhs-cyber-share-of-worldwide')?.computedFrom).toEqual([
      'it-budget-cyber-nhs',
      'it-budget-cyber-worldwide',
    ]);
    expect(stats.get('threat-signals-per-second-daily')?.computedFrom).toEqual(['threat-signals-per-second']);
    expect(stats.get('threat-signals-per-day')?.computedFrom).toBeUndefined();
  });

  it("works out the staff survey's margin of error from its base: 76 people give about 11 points", () => {
    expect(stats.get('staff-2024-margin')).toMatchObject({
      value: 11,
      unit: 'count',
      computedFrom: ['staff-2024-base'],
    });
  });

  it('stops the build when a stat changes so that "less than half" no longer holds', () => {
    expect(errorAfter('data/stats.yaml', /(id: it-budget-cyber-nhs\n\s+value:) 5/, '$1 7')).toMatch(
      /relations\.yaml:\d+ \("nhs-cyber-share-of-worldwide", field "says"\): says "less than half", but 7% of 12% comes to 58%/,
    );
  });

  it('stops the build when a word the text uses of a stat ("more than half") no longer holds', () => {
    expect(errorAfter('data/stats.yaml', /(id: public-concern-nhs-targeted\n\s+value:) 57/, '$1 45')).toMatch(
      /\("public-targeted-over-half", field "says"\): says "more than half"/,
    );
  });

  it('stops the build when a stated total disagrees with its computed value and the data does not say so', () => {
    const message = errorAfter('data/relations.yaml', / {2}disagreement: >-\n( {4}.*\n){3}/, '');
    expect(message).toMatch(
      /\("threat-signals-per-second-daily", field "stated"\): the sources state 200 million, but 2,000 works out at 172\.8 million/,
    );
    expect(message).toMatch(/Fix: add a `disagreement`/);
  });

  it('stops the build when a relation names a stat that does not exist', () => {
    expect(
      errorAfter('data/relations.yaml', 'stats: [threat-signals-per-second]', 'stats: [threat-signals-a-second]'),
    ).toMatch(/names "threat-signals-a-second", which is not a stat/);
  });
});

describe('percentages that cannot be a share of the survey base', () => {
  it('knows which percentages a survey of 76 people can give', () => {
    expect(canBeShareOf(36, 76)).toBe(true);
    expect(canBeShareOf(94, 76)).toBe(false);
    expect(canBeShareOf(60, 76)).toBe(false);
    expect(canBeShareOf(15, 76)).toBe(false);
    expect(nearestShares(94, 76)).toBe('71 is 93%, 72 is 95%');
  });

  it('stops the build when such a stat does not say its question had another base', () => {
    const message = errorAfter(
      'data/stats.yaml',
      /(sources: \[ebook, press-release, article-2025-02\]\n) {2}questionBase: not stated\n/,
      '$1',
    );
    expect(message).toMatch(
      /stats\.yaml:\d+ \("staff-role-awareness", field "value"\): is 94%, which cannot be a share of the 76 people in staff-2024 \(71 is 93%, 72 is 95%\)/,
    );
    expect(message).toMatch(/add `questionBase: not stated`/);
  });

  it("records the question base of this book's such stats", () => {
    const { stats } = loadData(process.cwd());
    const unstated = [...stats.values()].filter((f) => f.questionBase).map((f) => f.id);
    expect(unstated).toEqual(['staff-role-awareness', 'staff-want-more-training', 'training-new-tech-2024']);
  });
});
