import { describe, expect, it } from 'vitest';
import { findStrayStats } from './stray-stats.ts';

const stats = (text: string) => findStrayStats(text).map((stray) => stray.stat);

describe('findStrayStats', () => {
  it.each([
    ['Only 36% of staff agreed.', ['36%']],
    ['Only 36 per cent of staff agreed.', ['36 per cent']],
    ['Sixty per cent want more.', ['Sixty', 'per cent']],
    ['Eight in 10 providers were breached.', ['Eight in 10']],
    ['eight in ten providers', ['eight in ten']],
    ['Two-thirds say data is isolated.', ['Two-thirds']],
    ['The NHS employs 1.7 million people.', ['1.7 million']],
    ['BT logs 2,000 signals a second.', ['2,000']],
    ['It asked seventy-six members of staff.', ['seventy']],
    ['It works with two hundred trusts.', ['two hundred']],
    ['Training rose from 5% to 15%.', ['5%', '15%']],
  ])('flags %s', (text, expected) => expect(stats(text)).toEqual(expected));

  it.each([
    'The survey ran from 8 July to 16 September 2024.',
    'Fieldwork took place from 5 to 8 July 2024.',
    'Breaches since 2021, in research published in 2023.',
    'Training fell between 2022 and 2024.',
    'The opinion piece of 30 October 2025.',
    'Two surveys, three steps and four documents.',
    'Less than half the worldwide share.',
    'All UK adults aged 18 and over (aged 18+).',
  ])('allows %s', (text) => expect(stats(text)).toEqual([]));

  it('gives the words around each stat so an editor can find it', () => {
    expect(findStrayStats('Staff were asked many things. Only 36% said the measures were enough.')).toEqual([
      { stat: '36%', context: 'Staff were asked many things. Only 36% said the measures were enough.' },
    ]);
  });
});
