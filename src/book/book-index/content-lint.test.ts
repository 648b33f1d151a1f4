import { describe, expect, it } from 'vitest';
import { parseChapter } from './parse.ts';
import { checkTypedStats } from './content-lint.ts';

const check = (mdx: string) => () => checkTypedStats(parseChapter('/a.mdx', mdx, 'a.mdx').tree, 'a.mdx');

describe('typed stats', () => {
  it('accepts stats from data, years, dates and ages', () => {
    expect(
      check('Of staff, <Stat id="x" /> agreed in July 2024.\n\n- Adults aged 18 and over, 8 to 12 July 2024.\n'),
    ).not.toThrow();
  });

  it(
    'stops on a percentage, a count or "eight in 10" typed into a paragraph, list item or ' + 'heading, at its line',
    () => {
      expect(check('Intro.\n\n- Nearly 40% agreed.\n')).toThrow(/^a\.mdx:3 \("40%", field "text"\)/);
      expect(check('## Eight in 10 worry\n')).toThrow(/"Eight in 10" is typed into the text/);
    },
  );
});
