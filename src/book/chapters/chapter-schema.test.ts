import { describe, expect, it } from 'vitest';
import { ChapterSchema } from './chapter-schema.ts';

const valid = { title: 'About the research', order: 3, summary: 'Who was asked, how and when, in two surveys.' };
const firstIssue = (data: unknown) => {
  const result = ChapterSchema.safeParse(data);
  return result.success ? undefined : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
};

describe('ChapterSchema', () => {
  it('accepts a chapter and fills in the defaults', () => {
    expect(ChapterSchema.parse(valid)).toEqual({ ...valid, kind: 'chapter', sources: [] });
  });

  it.each([
    [{ ...valid, title: undefined }, 'title: is missing: every chapter needs a title'],
    [{ ...valid, title: '  ' }, 'title: is empty: give the chapter a title'],
    [
      { ...valid, order: undefined },
      'order: is missing: give the chapter a number saying where it sits in the book, e.g. order: 3',
    ],
    [{ ...valid, summary: 'Short.' }, 'summary: is too short: write a sentence or two'],
    [{ ...valid, kind: 'appendix' }, 'kind: must be front, chapter or back'],
    [{ ...valid, tittle: 'x' }, ': Unrecognized key: "tittle"'],
  ])('rejects %o with a message an editor can act on', (data, message) => {
    expect(firstIssue(data)).toBe(message);
  });
});
