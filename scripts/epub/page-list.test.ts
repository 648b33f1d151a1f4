import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markPages, type ContentDocument, type PrintedPart } from './page-list.ts';

const doc = (file: string, html: string): ContentDocument => ({ file, body: fromHtml(html, { fragment: true }) as Root });
const html = (d: ContentDocument) => toHtml(d.body).replace(/ epub:type="pagebreak" role="doc-pagebreak" id="page-(\d+)" title="\d+"><\/span>/g, '>[$1]');

describe('the page-list', () => {
  const chapters = () => [
    doc('one.xhtml', '<article><header><h1>Opening words</h1><p>The first chapter starts here and runs on for a while.</p></header>'
      + '<p>A second paragraph that the printer put on the next page, with more words after it.</p></article>'),
    doc('two.xhtml', '<article><h1>Second chapter</h1><p>It says that “cyber-security” matters, then breaks mid sentence '
      + 'right here at this word.</p><figure><figcaption>Fig</figcaption><svg><title>Unseen title</title><text>Label one two three four five six</text></svg></figure>'
      + '<table><caption>Table</caption><thead><tr><th>Measure name heading</th><th>Share of all staff</th></tr></thead>'
      + '<tbody><tr><th>Row one with words</th><td>10%</td></tr></tbody></table></article>'),
  ];
  const front = () => ({ cover: doc('cover.xhtml', '<section>Cover</section>'), contents: doc('nav.xhtml', '<nav>Contents</nav>') });
  /** The print edition's parts: its cover, its printed contents (marked in the EPUB's own), the chapters. */
  const parts = (f: ReturnType<typeof front>, chapters: ContentDocument[]): PrintedPart[] => [
    { doc: f.cover }, { doc: doc('print', '<nav><h2>Contents</h2><a>Opening words 00</a><a>Second chapter 00</a></nav>'), markAtStartOf: f.contents },
    ...chapters.map((c) => ({ doc: c }))];
  const pages = [
    'Cover', 'Book Contents 2 Contents Opening words 3 Second chapter 4',
    'Book One 3 Opening words The first chapter starts here and runs on for a while.',
    'Book One 4 A second paragraph that the printer put on the next page, with more words after it.',
    'Book Two 5 Second chapter It says that “cyber- security” matters, then breaks mid sentence',
    'Book Two 6 right here at this word. Fig Label one two three four five six',
    'Book Two 7 Measure name heading Share of all staff Row one with words 10%',
  ];

  it('marks each page where its words start, past the running head, and lists it', () => {
    const [one, two] = chapters();
    const f = front();
    const targets = markPages(pages, parts(f, [one!, two!]));
    expect(targets.map((t) => `${t.page} ${t.file}#${t.id}`)).toEqual([
      '1 cover.xhtml#page-1', '2 nav.xhtml#page-2', '3 one.xhtml#page-3', '4 one.xhtml#page-4',
      '5 two.xhtml#page-5', '6 two.xhtml#page-6', '7 two.xhtml#page-7']);
    expect(html(f.cover)).toMatch(/^<span>\[1\]<section>/);
    expect(html(f.contents)).toMatch(/^<span>\[2\]<nav>/);
    // Before the element a page opens with (never inside its heading), else inside the text at the word.
    expect(html(one!)).toMatch(/^<span>\[3\]<article><header><h1>Opening words/);
    expect(html(one!)).toContain('</header><span>[4]<p>A second paragraph');
    expect(html(two!)).toMatch(/^<span>\[5\]<article>/);
    expect(html(two!)).toContain('mid sentence <span>[6]right here');
    // A page that opens with a table's repeated head starts at the table's next row.
    expect(html(two!)).toContain('<tr><th><span>[7]Row one');
  });

  it('puts a page that opens inside a chart before the chart\'s drawing, not in the SVG', () => {
    const [one, two] = chapters();
    const early = [...pages.slice(0, 5), 'Book Two 6 Label one two three four five six', 'Book Two 7 Row one with words 10%'];
    markPages(early, parts(front(), [one!, two!]));
    expect(html(two!)).toContain('</p><span>[6]<figure>');
  });

  it('says which page it cannot find', () => {
    expect(() => markPages([...pages.slice(0, 3), 'Book One 4 Words that are in no chapter at all, anywhere.'], parts(front(), chapters())))
      .toThrow(/^page 4 of the book PDF begins "Book One 4 Words that are in no chapter/);
  });
});
