/** Chart words: placeholders print stats as the text does, differences in points, and nothing typed. */
import { describe, expect, it } from 'vitest';
import type { Stat } from './schemas.ts';
import { resolveWords } from './chart-words.ts';

const fig = (id: string, value: number, unit: Stat['unit'] = 'percent') => [id, { id, value, unit } as Stat] as const;
const stats = new Map([fig('aware', 94), fig('sure', 36), fig('breached', 8, 'in-ten'), fig('other', 10)]);
const drawn = ['aware', 'sure', 'breached'];
const fail = (problem: string, hint: string): never => {
  throw new Error(`${problem} | ${hint}`);
};
const words = (text: string) => resolveWords(text, stats, drawn, fail);

describe('resolveWords', () => {
  it('prints each stat as the report does', () => {
    expect(words('Only {sure} think so, against {aware} aware.')).toBe('Only 36% think so, against 94% aware.');
  });

  it('capitalises a stat that opens a sentence, and only then', () => {
    expect(words('{breached} providers. {breached} again, and {breached}')).toBe(
      'Eight in 10 providers. Eight in 10 again, and eight in 10',
    );
  });

  it('prints a difference in points, tolerating spaces inside the braces', () => {
    expect(words('A gap of { aware - sure }.')).toBe('A gap of 58 points.');
  });

  it('leaves text without placeholders or numbers as it is, years included', () => {
    expect(words('Between the 2022 and 2024 surveys, fewer said so.')).toBe(
      'Between the 2022 and 2024 surveys, fewer said so.',
    );
  });

  it.each([
    ['Some 94% aware', /types the number "94%" by hand/],
    ['Eight in ten providers', /types the number "Eight in ten" by hand/],
    ['{other} of them', /names the stat "other", which this chart does not draw/],
    ['{awre} of them', /names "awre".*write \{aware\} \(the nearest id\)/],
    ['{sure - aware} apart', /comes out below zero: sure is 36% and aware is 94%/],
    ['{aware} and {sure', /does not open or close a placeholder/],
  ])('refuses %j', (text, message) => {
    expect(() => words(text)).toThrow(message);
  });
});
