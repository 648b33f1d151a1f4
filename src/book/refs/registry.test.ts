import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { parseChapter } from '../book-index/parse.ts';
import { buildRegistry, type IndexedChapterFacts } from './registry.ts';
import { readRefs } from './index.ts';

const chapter = (id: string, mdx: string): IndexedChapterFacts => ({
  id,
  file: `src/content/chapters/${id}.mdx`,
  title: `Title of ${id}`,
  facts: parseChapter(`/${id}.mdx`, mdx, id).facts,
});
const kinds = [
  { element: 'Chart', label: 'Figure', anchor: (id: string) => `chart-${id}` },
  { element: 'Table', label: 'Table', anchor: (id: string) => id },
];

describe('cross-reference registry', () => {
  const book = [
    chapter('public', '## What the public thinks\n\n<Chart id="public-concerns" />\n\n<Table id="regions" />\n'),
    chapter('staff', '## The gap\n\n<Chart id="staff-views" />\n\n### The gap\n\n<Chart id="gap" />\n'),
  ];

  it('numbers each kind through the book in reading order', () => {
    const refs = buildRegistry(book, kinds);
    expect(['public-concerns', 'staff-views', 'gap', 'regions'].map((id) => refs.get(id)?.text)).toEqual([
      'Figure 1',
      'Figure 2',
      'Figure 3',
      'Table 1',
    ]);
    // The link goes to the element's HTML id, which the Chart component prefixes.
    expect(refs.get('gap')).toMatchObject({ chapter: 'staff', fragment: 'chart-gap', number: 3 });
    expect(refs.get('regions')).toMatchObject({ fragment: 'regions' });
  });

  it('links a chart to the id its figure carries in the page (chart-<id>)', () => {
    expect(buildRegistry(book).get('gap')).toMatchObject({ chapter: 'staff', fragment: 'chart-gap', text: 'Figure 3' });
  });

  it('renumbers when a chapter moves', () => {
    const refs = buildRegistry([...book].reverse(), kinds);
    expect(['staff-views', 'gap', 'public-concerns'].map((id) => refs.get(id)?.text)).toEqual([
      'Figure 1',
      'Figure 2',
      'Figure 3',
    ]);
  });

  it('registers chapters by title and sections by heading, with the ids Astro gives headings', () => {
    const refs = buildRegistry(book, kinds);
    expect(refs.get('public')).toMatchObject({ kind: 'chapter', text: 'Title of public' });
    expect(refs.get('staff#the-gap')).toMatchObject({ kind: 'section', text: 'The gap', fragment: 'the-gap', line: 1 });
    expect(refs.get('staff#the-gap-1')).toMatchObject({ text: 'The gap', line: 5 });
  });

  it('gives curly and straight apostrophes the same section id, as the built page does', () => {
    const slugger = new GithubSlugger();
    expect(slugger.slug('BT’s survey')).toBe(new GithubSlugger().slug("BT's survey"));
  });

  it('stops on two things with one id, naming both places', () => {
    expect(() =>
      buildRegistry([chapter('a', '<Chart id="x" />'), chapter('b', 'Text.\n\n<Chart id="x" />')], kinds),
    ).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/b.mdx:3 ("x", field "id"): the id "x" is already used by a figure in src/content/chapters/a.mdx line 1.
        Fix: give one of them another id: cross-references need every id to be unique across the book.]
    `);
  });

  it("reads this book's chapters", () => {
    const refs = readRefs(process.cwd());
    expect(refs.get('about-the-research')?.text).toBe('About the research');
    expect(refs.get('about-the-research#the-staff-survey')?.kind).toBe('section');
  });
});
