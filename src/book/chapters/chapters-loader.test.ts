import { describe, expect, it } from 'vitest';
import { entryText } from './chapters-loader.ts';

const chapter = (title: string, text: string) => `---\ntitle: ${title}\norder: 3\nsummary: What it says.\n---\n\n${text}\n`;

describe('the chapters collection keys an entry on its frontmatter', () => {
  it('so a sentence saved in the text leaves the entry (and every page reading the collection) as it was', () => {
    expect(entryText(chapter('Funding', 'One sentence.'))).toBe(entryText(chapter('Funding', 'Another sentence, saved.')));
  });

  it('while a change to the frontmatter is a new entry', () => {
    expect(entryText(chapter('Funding', 'One sentence.'))).not.toBe(entryText(chapter('Money', 'One sentence.')));
  });

  it('and a file without frontmatter is keyed on all of it (Astro reports it)', () => {
    expect(entryText('No frontmatter here.')).toBe('No frontmatter here.');
  });
});
