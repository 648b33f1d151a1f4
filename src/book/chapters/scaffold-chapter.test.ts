import { describe, expect, it } from 'vitest';
import { checkChapterFiles, parseChapterFile } from './chapter-files.ts';
import { orderAfter, scaffoldChapter, type Placed } from './scaffold-chapter.ts';

const at = (id: string, order: number, kind: Placed['data']['kind'] = 'chapter'): Placed => ({
  id,
  data: { order, kind },
});
const BOOK = [
  at('foreword', 1, 'front'),
  at('threats', 4),
  at('funding', 8),
  at('training', 9),
  at('glossary', 21, 'back'),
];

describe('new chapter', () => {
  it('goes after the last chapter, before the back matter, without renumbering', () => {
    expect(orderAfter(BOOK)).toBe(10);
    expect(orderAfter(BOOK, 'threats')).toBe(5);
    expect(orderAfter(BOOK, 'funding')).toBe(8.5);
    expect(orderAfter(BOOK, 'glossary')).toBe(22);
  });

  it('writes frontmatter the chapter schema accepts, with an id from the title', () => {
    const made = scaffoldChapter('Patient safety: what’s at stake', BOOK, { after: 'funding' });
    expect(made.id).toBe('patient-safety-whats-at-stake');
    const [checked] = checkChapterFiles([parseChapterFile(made.text, `${made.id}.mdx`, made.id)]);
    expect(checked!.data).toMatchObject({ title: 'Patient safety: what’s at stake', order: 8.5, kind: 'chapter' });
  });

  it('refuses a title that is taken and a chapter to follow that does not exist, saying what to do', () => {
    expect(() => scaffoldChapter('Funding', BOOK)).toThrow(
      'src/content/chapters/funding.mdx ("funding"): a chapter with this file name already exists.',
    );
    expect(() => scaffoldChapter('New', BOOK, { after: 'fundng' })).toThrow(
      /there is no chapter "fundng".*\n {2}Fix: use a chapter's file name without .mdx: foreword, threats/,
    );
  });
});
