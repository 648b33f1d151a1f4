/**
 * The mistakes catalogue, part 2: mistakes in what a chapter places (stats, charts, images, cross-
 * references) and in the charts' data. Each runs the real build on a copy of the project; the content
 * lint before Astro catches them in a second, at the line the editor typed.
 */
import { describe, it } from 'vitest';
import { chapter, copiesForThisFile } from './project-copy.ts';
import { expectStopped } from './expect-build.ts';

const copy = copiesForThisFile();

const CHAPTER = 'src/content/chapters/mistake.mdx';
const REF_HELP =
  'refer to a chapter by its file name without .mdx (methods), a section as ' +
  'chapter#section-id (the id in the address when you click the # beside its heading), or ' +
  'a chart by its id in data/charts.yaml.';

describe.concurrent('chapter content mistakes stop the build', () => {
  it('an unknown stat id', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Most staff, <Stat id="staff-role-awarenes" />, know their role.'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:8 ("staff-role-awarenes", field "<Stat id>"): there is no stat ` +
        `"staff-role-awarenes" in data/stats.yaml.\n` +
        '  Fix: check the spelling against data/stats.yaml, or add the stat there with its ' +
        'value, unit, study and sources.',
    );
  });

  it("a document in the frontmatter's sources that the report does not list", async () => {
    const book = copy();
    book.write(
      CHAPTER,
      chapter('Some text.', 'title: A chapter with a mistake\norder: 99\nsources: [ebook, press-releas]\n'),
    );
    expectStopped(
      await book.build(),
      `${CHAPTER}:4 ("press-releas", field "sources[1]"): lists the source "press-releas", ` +
        `which is not one of the report's sources (data/book.yaml).\n` +
        '  Fix: did you mean "press-release"? Use one of: ebook, press-release, article-2025-02, ' +
        'opinion-2025-10; or add the document to data/sources.yaml and to the sources in ' +
        'data/book.yaml.',
    );
  });

  it('an image without alt text', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.\n\n![](/favicon.svg)'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:10 ("/favicon.svg", field "alt"): the image "/favicon.svg" has no alt text.\n` +
        '  Fix: describe what the image shows, for readers who cannot see it: ![Bar chart: 94% ' +
        'of staff know their role](chart.png). If it is only decoration, use <img src="..." ' +
        'alt="" /> to say so.',
    );
  });

  it('a dangling cross-reference, with the nearest id suggested', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('As <Ref id="what-staff-thinks" /> shows, most staff know their role.'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:8 ("what-staff-thinks", field "<Ref id>"): there is no chapter, section or ` +
        `chart with the id "what-staff-thinks" to refer to.\n` +
        `  Fix: did you mean "what-staff-think"? Otherwise ${REF_HELP}`,
    );
  });

  it('a cross-reference to a section of the same chapter that does not exist', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('See <Ref id="#the-method" />.\n\n## The methods'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:8 ("#the-method", field "<Ref id>"): there is no chapter, section or chart ` +
        `with the id "mistake#the-method" to refer to.\n` +
        `  Fix: did you mean "mistake#the-methods"? Otherwise ${REF_HELP}`,
    );
  });

  it('a stat typed into the text instead of taken from data/', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('In July 2024, 40% of staff said so.'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:8 ("40%", field "text"): the stat "40%" is typed into the text ("In July ` +
        `2024, 40% of staff said so."), so it would not change with data/.\n` +
        '  Fix: add it to data/stats.yaml with its source (or find it there), and write <Stat ' +
        'id="its-id" /> in its place. Years, dates and ages may be typed.',
    );
  });

  it('a heading that skips a level', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.\n\n### A detail'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:10 (field "heading"): the heading "A detail" is at level 3, but the heading ` +
        `before it is at level 1 (the chapter's title is level 1).\n` +
        '  Fix: add a heading of level 2 (## in Markdown) before it, or make it one: headings go ' +
        'down one level at a time.',
    );
  });

  it("a character the print edition's fonts lack", async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Costs rise → care suffers.'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:8 ("→"): the character "→" (U+2192) is not in the print edition's fonts, so ` +
        `the PDF cannot show it.\n` +
        '  Fix: write it another way (for example "->" or "to" for an arrow), or remove it. ' +
        'EDITING.md lists what the fonts hold.',
    );
  });

  it('an unknown chart id', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.\n\n<Chart id="staff-view" />'));
    const result = await book.build();
    expectStopped(
      result,
      `${CHAPTER}:10 ("staff-view", field "<Chart id>"): there is no chart "staff-view" in ` +
        `data/charts.yaml.\n  Fix: use one of: public-concerns, staff-views,`,
    );
  });
});

describe.concurrent('chart mistakes stop the build', () => {
  it('a chart without a summary', async () => {
    const book = copy();
    const line = book.read('data/charts.yaml').split('\n').indexOf('- id: staff-views') + 1;
    book.edit('data/charts.yaml', /(- id: staff-views\n[\s\S]*?) {2}summary: >-\n.*\n.*\n/, '$1');
    expectStopped(
      await book.build(),
      `data/charts.yaml:${line} ("staff-views", field "summary"): The chart field "summary" is ` +
        `missing: add a one- or two-sentence summary of what the chart shows.\n` +
        '  Fix: correct summary in data/charts.yaml; the comment at the top of the file says what each field takes.',
    );
  });

  it('a chart without a source', async () => {
    const book = copy();
    const line = book.read('data/charts.yaml').split('\n').indexOf('- id: staff-views') + 1;
    book.edit('data/charts.yaml', /(- id: staff-views\n[\s\S]*?) {2}sources: \[.*\]\n/, '$1');
    expectStopped(
      await book.build(),
      `data/charts.yaml:${line} ("staff-views", field "sources"): The chart field "sources" is ` +
        `missing: list the documents (ids in sources.yaml) the source line cites.\n` +
        '  Fix: correct sources in data/charts.yaml; the comment at the top of the file says what each field takes.',
    );
  });
});
