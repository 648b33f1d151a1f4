/**
 * The mistakes catalogue, part 1: mistakes in data/ and in a chapter's frontmatter or MDX syntax. Each
 * runs the real build on a copy of the project; the build's checks before Astro catch these in a second.
 */
import { describe, expect, it } from 'vitest';
import { chapter, copiesForThisFile } from './project-copy.ts';
import { expectStopped } from './expect-build.ts';

const copy = copiesForThisFile();

const STAT = (value: number) =>
  `- id: mistake-stat\n  value: ${value}\n  unit: percent\n  label: A stat the tests add\n ` +
  ` study: staff-2024\n  sources: [ebook]\n`;
const CHAPTER = 'src/content/chapters/mistake.mdx';

describe.concurrent('data mistakes stop the build', () => {
  it.each([140, -3])('a percentage of %i', async (value) => {
    const book = copy();
    const line = book.append('data/stats.yaml', STAT(value)) + 1;
    expectStopped(
      await book.build(),
      `data/stats.yaml:${line} ("mistake-stat", field "value"): is ${value}, but a percent ` +
        `stat must be between 0 and 100.\n` +
        '  Fix: write the percentage as a number from 0 to 100 (94 for 94%).',
    );
  });

  it('a stat without a source', async () => {
    const book = copy();
    const line = book.append('data/stats.yaml', STAT(50).replace('  sources: [ebook]\n', ''));
    expectStopped(
      await book.build(),
      `data/stats.yaml:${line} ("mistake-stat", field "sources"): The stat field "sources" is ` +
        `missing: list the ids of the documents that state it, e.g. [ebook].\n` +
        '  Fix: correct sources in data/stats.yaml; the comment at the top of the file says what each field takes.',
    );
  });

  it('a survey without a base', async () => {
    const book = copy();
    const line = book.append(
      'data/studies.yaml',
      '- id: mistake-survey\n  kind: survey\n  name: A survey the tests add\n  population: NHS ' +
        'staff\n  fieldwork: { year: 2023 }\n  method: Online.\n  sources: [ebook]\n',
    );
    expectStopped(
      await book.build(),
      `data/studies.yaml:${line} ("mistake-survey", field "base"): The study field "base" must ` +
        `be the number of respondents, or \`not stated\` if no source gives it.\n` +
        '  Fix: correct base in data/studies.yaml; the comment at the top of the file says what each field takes.',
    );
  });

  it('a duplicate stat id', async () => {
    const book = copy();
    const first = /^- id: (\S+)$/m.exec(book.read('data/stats.yaml'))![1]!;
    const line = book.append('data/stats.yaml', STAT(50).replace('mistake-stat', first));
    expectStopped(
      await book.build(),
      `data/stats.yaml:${line} ("${first}", field "id"): two stats have the id "${first}".\n` +
        '  Fix: give one of them another id; ids must be unique in data/stats.yaml.',
    );
  });

  it('a survey percentage that no whole number of its respondents gives', async () => {
    const book = copy();
    const line = book.append('data/stats.yaml', STAT(15)) + 1;
    expectStopped(
      await book.build(),
      `data/stats.yaml:${line} ("mistake-stat", field "value"): is 15%, which cannot be a ` +
        `share of the 76 people in staff-2024 (11 is 14%, 12 is 16%).\n` +
        '  Fix: check the value against the source; if it is right, the question was answered by ' +
        'fewer people: add `questionBase: not stated` (or who answered it), which the methods ' +
        'chapter lists.',
    );
  });

  it('a relation the text states that the stats no longer bear out', async () => {
    const book = copy();
    book.edit('data/stats.yaml', /(- id: it-budget-cyber-nhs\n {2}value: )5\n/, '$17\n');
    const line = book.read('data/relations.yaml').split('\n').indexOf('  says: less than half') + 1;
    expectStopped(
      await book.build(),
      `data/relations.yaml:${line} ("nhs-cyber-share-of-worldwide", field "says"): says "less ` +
        `than half", but 7% of 12% comes to 58%, which is not less than half.\n` +
        '  Fix: change the words in the chapter and here to what the stats show, or check the ' +
        'stats against the sources.',
    );
  });

  it('a data file that is not valid YAML', async () => {
    const book = copy();
    const line = book.append('data/stats.yaml', '- id: mistake-stat\n  label: "an unclosed quote\n  value: 50\n');
    const result = await book.build();
    expectStopped(
      result,
      `data/stats.yaml:${line + 1}: this file is not valid YAML: a quotation mark or bracket ` +
        `is opened and never closed (Missing closing "quote).\n` +
        '  Fix: check the indentation and punctuation on that line: each item starts with "- ", ' +
        'each field is "name: value", and text containing ": " needs quotes.',
    );
  });
});

describe.concurrent('chapter mistakes stop the build', () => {
  it('a chapter without a title', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.', 'order: 99\n'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:2 (field "title"): The chapter field "title" is missing: every chapter needs a title.\n` +
        `  Fix: correct title in ${CHAPTER}; EDITING.md lists the fields a chapter takes.`,
    );
  });

  it('a chapter without an order', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.', 'title: No order\n'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:2 (field "order"): The chapter field "order" is missing: give the chapter a ` +
        `number saying where it sits in the book, e.g. order: 3.\n` +
        `  Fix: correct order in ${CHAPTER}; EDITING.md lists the fields a chapter takes.`,
    );
  });

  it('two chapters with the same order', async () => {
    const book = copy();
    book.write('src/content/chapters/mistake-a.mdx', chapter('Some text.', 'title: First\norder: 98\n'));
    book.write('src/content/chapters/mistake-b.mdx', chapter('Some text.', 'title: Second\norder: 98\n'));
    expectStopped(
      await book.build(),
      'src/content/chapters/mistake-b.mdx:3 (field "order"): has order 98, the same as ' +
        'src/content/chapters/mistake-a.mdx.\n' +
        '  Fix: give each chapter its own order number; the chapters are listed in order of these numbers.',
    );
  });

  it('a chapter file whose name is not a chapter id', async () => {
    const book = copy();
    book.write('src/content/chapters/Staff Views.mdx', chapter('Some text.', 'title: Staff views\norder: 97\n'));
    expectStopped(
      await book.build(),
      'src/content/chapters/Staff Views.mdx: the file name "Staff Views.mdx" is not a chapter id: the name ' +
        "becomes the chapter's address.\n" +
        '  Fix: rename it in lower-case words joined by hyphens, e.g. "staff-views.mdx", and keep it directly ' +
        'in the chapters folder.',
    );
  });

  it('malformed frontmatter', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Some text.', 'title: Funding: where it goes\norder: 99\n'));
    expectStopped(
      await book.build(),
      `${CHAPTER}:2: this file is not valid YAML: a value contains ": ", which YAML reads as a ` +
        `second field; put the value in quotes (Nested mappings are not allowed in compact ` +
        `mappings).\n` +
        '  Fix: check the indentation and punctuation on that line: each item starts with "- ", ' +
        'each field is "name: value", and text containing ": " needs quotes.',
    );
  });

  it('an MDX syntax error', async () => {
    const book = copy();
    book.write(CHAPTER, chapter('Fewer than 5 in 10 said yes, and <5% said no.'));
    const result = await book.build();
    expectStopped(
      result,
      `${CHAPTER}:8: the text cannot be read as MDX at column 35 (Unexpected character \`5\` (U+0035) before name`,
    );
    expect(result.stderr).toContain(
      'Fix: in MDX, "<" starts a component and "{" starts an expression. To show them as text, write &lt; or &#123;',
    );
  });
});
