import { describe, expect, it } from 'vitest';
import { checkChapterFiles, parseChapterFile, readChapterFiles } from './chapter-files.ts';

const FILE = 'src/content/chapters/x.mdx';
const chapter = (front: string, body = '\nText.\n', id = 'x') =>
  parseChapterFile(`---\n${front}---\n${body}`, `src/content/chapters/${id}.mdx`, id);
const VALID = 'title: Funding\norder: 8\nsummary: Where the money goes, and where it does not.\n';
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

describe('chapter files', () => {
  it("reads this book's chapters with their frontmatter", () => {
    const files = checkChapterFiles(readChapterFiles(process.cwd()));
    expect(files.find((f) => f.id === 'about-the-research')?.data.title).toBe('About the research');
  });

  it('keeps body line numbers equal to file line numbers', () => {
    const file = chapter(VALID, '\nFirst line of text.\n');
    expect(file.body.split('\n')[6]).toBe('First line of text.');
  });

  it('malformed frontmatter stops at its line in the file', () => {
    expect(errorOf(() => chapter('title: Funding\norder: [8\nsummary: x\n'))).toMatch(
      /^src\/content\/chapters\/x\.mdx:4: this file is not valid YAML/,
    );
  });

  it('a file without frontmatter', () => {
    expect(errorOf(() => parseChapterFile('# Funding\n', FILE, 'x'))).toMatchInlineSnapshot(`
      "src/content/chapters/x.mdx:1: the chapter does not start with frontmatter between two "---" lines.
        Fix: start the file with a line "---", then title, order and summary, one per line, then another "---" line. EDITING.md shows an example."
    `);
  });

  it(
    'a file name that is not a chapter id (lower-case words joined by hyphens) names the ' + 'file and a name that is',
    () => {
      expect(errorOf(() => chapter(VALID, '\nText.\n', 'Staff Views'))).toMatchInlineSnapshot(`
      "src/content/chapters/Staff Views.mdx: the file name "Staff Views.mdx" is not a chapter id: the name becomes the chapter's address.
        Fix: rename it in lower-case words joined by hyphens, e.g. "staff-views.mdx", and keep it directly in the chapters folder."
    `);
      expect(errorOf(() => chapter(VALID, '\nText.\n', 'part-one/funding'))).toMatch(
        /"part-one\/funding\.mdx" is not a chapter id/,
      );
      expect(chapter(VALID, '\nText.\n', 'nhs-2024-survey').id).toBe('nhs-2024-survey');
    },
  );

  it('a chapter without a title names the field and the fix', () => {
    expect(errorOf(() => checkChapterFiles([chapter(VALID.replace('title: Funding\n', ''))]))).toMatchInlineSnapshot(`
      "src/content/chapters/x.mdx:2 (field "title"): The chapter field "title" is missing: every chapter needs a title.
        Fix: correct title in src/content/chapters/x.mdx; EDITING.md lists the fields a chapter takes."
    `);
  });

  it('two chapters with the same order name the line of the second', () => {
    expect(errorOf(() => checkChapterFiles([chapter(VALID, '', 'a'), chapter(VALID, '', 'b')]))).toMatchInlineSnapshot(`
      "src/content/chapters/b.mdx:3 (field "order"): has order 8, the same as src/content/chapters/a.mdx.
        Fix: give each chapter its own order number; the chapters are listed in order of these numbers."
    `);
  });
});
