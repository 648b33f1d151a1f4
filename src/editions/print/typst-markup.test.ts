import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { openPdf, pageText } from '../../pipeline/harness/read-pdf.ts';
import { checkGlyphs } from './fonts.ts';
import { blocks, type MarkupContext } from './typst-markup.ts';
import { exportPdf, typeset } from './typeset.ts';

const ctx: MarkupContext = {
  chapter: 'test',
  file: 'src/content/chapters/test.mdx',
  resolve: (url) => ({ url }),
  chartImage: (id) => `/charts/${id}.svg`,
};
/** `tree` set by the print template, as the text a PDF reader gets back. */
async function printed(tree: Element[], files = new Map<string, Uint8Array>()): Promise<string> {
  const main = `#import "/book.typ": *\n#show: book.with(title: "Test", short-title: "Test")\n\n#heading(level: 1)[Test]\n\n${blocks(tree, ctx)}`;
  const doc = await openPdf(exportPdf(typeset({ main, files, title: 'Test' }), '2025-10-30'));
  return pageText(doc, 1);
}

describe('text in the print edition', () => {
  const marks = '# $ * _ @ < > \\ [ ] ~ = " `';
  it('prints every character Typst gives a meaning to as itself, in text, a heading, a list and a table', async () => {
    const text = await printed([
      h('h2', `A heading ${marks}`),
      h('p', `A sentence ${marks} ends.`),
      h('ul', [h('li', `An item ${marks}`)]),
      h('table', [
        h('thead', [h('tr', [h('th', `Label ${marks}`)])]),
        h('tbody', [h('tr', [h('td', `Cell ${marks}`)])]),
      ]),
    ]);
    for (const where of ['A heading', 'A sentence', 'An item', 'Label', 'Cell'])
      expect(text).toContain(`${where} ${marks}`);
  });

  it('runs no Typst code a chapter or data file holds', async () => {
    const attempts = [
      '#read("/etc/passwd")',
      '#panic("ran")',
      '"); #panic("ran',
      '] #panic("ran") [',
      '$ x $',
      '<label> @label',
      '\\u{41}',
    ];
    const text = await printed(attempts.map((a) => h('p', a)));
    for (const attempt of attempts) expect(text).toContain(attempt);
  });

  it('stops on an element it has no rule for, rather than leave it out unseen', () => {
    expect(() => blocks([h('p', ['Watch ', h('video', { src: 'x.mp4' })])], ctx)).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx (field "<video>"): the print edition has no way to set a <video> element.
        Fix: use Markdown or the components EDITING.md lists; a new kind of element needs a rule in src/editions/print/typst-markup.ts.]
    `);
  });

  it('prints an image the build hands it, and stops on one it cannot find, naming it', async () => {
    const logo = new Map([
      [
        '/images/logo.svg',
        new TextEncoder().encode(
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
        ),
      ],
    ]);
    const withImages = { ...ctx, image: (src: string) => (src === '/logo.svg' ? '/images/logo.svg' : undefined) };
    const tree = [h('p', [h('img', { src: '/logo.svg', alt: 'The logo' })])];
    const main = `#import "/book.typ": *\n#show: book.with(title: "Test", short-title: "Test")\n\n#heading(level: 1)[Test]\n\n${blocks(tree, withImages)}`;
    expect(exportPdf(typeset({ main, files: logo, title: 'Test' }), '2025-10-30').byteLength).toBeGreaterThan(0);
    expect(() =>
      blocks([h('p', [h('img', { src: '/missing.png', alt: 'A chart' })])], withImages),
    ).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx ("/missing.png", field "src"): the image "/missing.png" is not a file of the book's public/ folder, so the print edition cannot show it.
        Fix: put the image in public/ and write its address from there, e.g. ![What it shows](/picture.png).]
    `);
  });

  it("stops on a character the book's fonts lack, naming it and where it was written", () => {
    expect(() =>
      checkGlyphs('Costs rise → care suffers', { file: 'src/content/chapters/funding.mdx' }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/funding.mdx ("→"): the character "→" (U+2192) is not in the print edition's fonts, so the PDF cannot show it.
        Fix: write it another way (for example "->" or "to" for an arrow), or remove it. EDITING.md lists what the fonts hold.]
    `);
    expect(() => checkGlyphs('94% of staff – “quotes” and ‘apostrophes’ £5 ±11', { file: 'x' })).not.toThrow();
  });
});
