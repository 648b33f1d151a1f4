import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { glossaryTargets, linkAbbreviations } from './glossary-links.ts';

const root = (html: string) => fromHtml(html, { fragment: true }) as Root;

describe('abbreviations as links to the glossary', () => {
  const glossary = root(
    '<dl class="glossary"><div><dt id="nhs"><abbr>NHS</abbr></dt><dd>National Health Service</dd></div></dl>',
  );
  const targets = glossaryTargets([{ file: 'glossary.xhtml', body: glossary }]);

  it('links the first use in a chapter, not one in a heading, and not the second', () => {
    const article = root(
      '<article><h2><abbr>NHS</abbr> plans</h2><p>The <abbr title="x">NHS</abbr> and the <abbr ' +
        'title="x">NHS</abbr>.</p></article>',
    ).children[0] as Element;
    linkAbbreviations(article, targets);
    expect(toHtml(article)).toBe(
      '<article><h2><abbr>NHS</abbr> plans</h2><p>The <a href="glossary.xhtml#nhs" class="glossary-link">' +
        '<abbr title="x">NHS</abbr></a> and the <abbr title="x">NHS</abbr>.</p></article>',
    );
  });

  it('leaves the glossary itself alone', () => {
    const before = toHtml(glossary);
    linkAbbreviations(glossary.children[0] as Element, targets);
    expect(toHtml(glossary)).toBe(before);
  });
});
