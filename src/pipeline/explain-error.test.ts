import { describe, expect, it } from 'vitest';
import { BookError } from '../lib/book-error.ts';
import { explainBuildError } from './explain-error.ts';

const ROOT = '/book';

describe('explainBuildError', () => {
  it('finds a BookError that Astro renamed and wrapped in an aggregate error', () => {
    const inner = Object.assign(
      new BookError(
        { file: 'src/content/chapters/a.mdx', line: 3, id: 'x', field: '<Stat id>' },
        'there is no stat "x".',
        'check the spelling.',
      ),
      { name: 'MDXError' },
    );
    const outer = Object.assign(new Error('Build failed with 1 error: [plugin @mdx-js/rolldown] ... stack ...'), {
      errors: [inner],
    });
    expect(explainBuildError(outer, ROOT)).toBe(
      'src/content/chapters/a.mdx:3 ("x", field "<Stat id>"): there is no stat "x".\n  Fix: check the spelling.',
    );
  });

  it('words an MDX syntax error with its file, line and column', () => {
    const syntax = {
      name: 'MDXError',
      reason: 'Unexpected character `,` (U+002C) in attribute name',
      loc: { file: '/book/src/content/chapters/a.mdx', line: 21, column: 24 },
    };
    expect(explainBuildError({ errors: [syntax] }, ROOT)).toMatchInlineSnapshot(`
      "src/content/chapters/a.mdx:21: the text cannot be read as MDX at column 24 (Unexpected character \`,\` (U+002C) in attribute name).
        Fix: in MDX, "<" starts a component and "{" starts an expression. To show them as text, write &lt; or &#123; (or put them in \`backticks\`). Check that every component is closed: <Stat id="x" /> ends with "/>", and <Note>...</Note> has its closing tag."
    `);
  });

  it("words Astro's schema error for frontmatter without its markup", () => {
    const schema = {
      name: 'InvalidContentEntryDataError',
      message:
        '**chapters → a** data does not match collection schema.\n\n  **title**: is missing: ' +
        'every chapter needs a title\n',
      loc: { file: '/book/src/content/chapters/a.mdx', line: 0 },
    };
    expect(explainBuildError(schema, ROOT)).toMatchInlineSnapshot(`
      "src/content/chapters/a.mdx: the frontmatter is not right: title: is missing: every chapter needs a title.
        Fix: correct the field named; EDITING.md lists the fields a chapter takes."
    `);
  });

  it('leaves errors that are not editing mistakes to be shown in full', () => {
    expect(explainBuildError(new TypeError('x is not a function'), ROOT)).toBeUndefined();
  });
});
