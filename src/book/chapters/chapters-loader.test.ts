import { describe, expect, it } from 'vitest';
import { parseWith } from '../data/parse-with.ts';
import { parseChapterFile } from './chapter-files.ts';
import { ChapterSchema } from './chapter-schema.ts';
import { entryDigest } from './chapters-loader.ts';

const chapter = (title: string, text: string) => {
  const file = parseChapterFile(
    `---\ntitle: ${title}\norder: 3\nsummary: What the chapter says, in a sentence.\n---\n\n${text}\n`,
    'x.mdx',
    'x',
  );
  return { data: parseWith(ChapterSchema, file.frontmatter.data, file.frontmatter, [], 'The chapter', '') };
};

describe('the chapters collection keys an entry on its frontmatter', () => {
  it('so a sentence saved in the text leaves the entry (and every page reading the collection) as it was', () => {
    expect(entryDigest(chapter('Funding', 'One sentence.'))).toBe(
      entryDigest(chapter('Funding', 'Another sentence, saved.')),
    );
  });

  it('while a change to the frontmatter is a new entry', () => {
    expect(entryDigest(chapter('Funding', 'One sentence.'))).not.toBe(entryDigest(chapter('Money', 'One sentence.')));
  });
});
