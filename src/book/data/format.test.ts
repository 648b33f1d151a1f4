import { describe, expect, it } from 'vitest';
import { formatStat, machineValue } from './format.ts';
import { describeStudy, formatFieldwork } from './describe.ts';

describe('formatStat', () => {
  it.each([
    [{ value: 94, unit: 'percent' }, '94%'],
    [{ value: 8, unit: 'in-ten' }, 'eight in 10'],
    [{ value: 2000, unit: 'count' }, '2,000'],
    [{ value: 2159, unit: 'count' }, '2,159'],
    [{ value: 1_700_000, unit: 'count' }, '1.7 million'],
    [{ value: 200_000_000, unit: 'count' }, '200 million'],
    [{ value: 172_800_000, unit: 'count' }, '172.8 million'],
  ] as const)('%o reads %s', (stat, text) => expect(formatStat(stat)).toBe(text));

  it('gives machine-readable proportions for percentages and in-ten stats', () => {
    expect(machineValue({ value: 94, unit: 'percent' })).toBe(0.94);
    expect(machineValue({ value: 8, unit: 'in-ten' })).toBe(0.8);
    expect(machineValue({ value: 76, unit: 'count' })).toBe(76);
  });
});

describe('provenance text', () => {
  it('writes fieldwork dates as GOV.UK style does', () => {
    expect(formatFieldwork({ start: '2024-07-05', end: '2024-07-08' })).toBe('5 to 8 July 2024');
    expect(formatFieldwork({ start: '2024-07-08', end: '2024-09-16' })).toBe('8 July to 16 September 2024');
    expect(formatFieldwork({ start: '2023-12-01', end: '2024-01-10' })).toBe('1 December 2023 to 10 January 2024');
    expect(formatFieldwork({ year: 2022 })).toBe('2022');
  });

  it('says when a survey base is not stated rather than inventing one', () => {
    const text = describeStudy({
      id: 's',
      kind: 'survey',
      name: 'Old survey',
      base: 'not stated',
      population: 'NHS staff',
      fieldwork: { year: 2022 },
      method: 'Online.',
      sources: ['x'],
    });
    expect(text).toBe('Old survey: NHS staff, base not stated; fieldwork 2022. Online.');
  });
});
