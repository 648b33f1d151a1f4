/**
 * What one chapter holds, with lines: its headings (with the ids Astro gives them), the components placed in it
 * (<Stat>, <Chart>, <Ref> … with their ids), and its links (Markdown's and <a href>). Read from the tree once, when
 * it is parsed; every check and number is worked out from these.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { jsxAttr, type JsxElement } from './mdx-jsx.ts';

export interface HeadingFact {
  depth: number;
  text: string;
  slug: string;
  line?: number;
}
/** A component placed in the chapter; `inline` when it sits inside a sentence. */
export interface ElementFact {
  name: string;
  id?: string;
  line?: number;
  inline: boolean;
}
export interface LinkFact {
  url: string;
  line?: number;
}
export interface ChapterFacts {
  headings: HeadingFact[];
  elements: ElementFact[];
  links: LinkFact[];
}

/** The facts of a chapter's tree, in document order. */
export function chapterFacts(tree: Root): ChapterFacts {
  const facts: ChapterFacts = { headings: [], elements: [], links: [] };
  // One slugger per page, over every heading in order, exactly as Astro's rehypeHeadingIds does.
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'heading') {
      const text = toString(node);
      facts.headings.push({ depth: node.depth, text, slug: slugger.slug(text), line });
    } else if (node.type === 'link' || node.type === 'definition') {
      facts.links.push({ url: node.url, line });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as JsxElement;
      if (element.name)
        facts.elements.push({
          name: element.name,
          id: jsxAttr(element, 'id'),
          line,
          inline: node.type === 'mdxJsxTextElement',
        });
      // A link written as HTML (<a href="…">) is a link too.
      const href = element.name === 'a' ? jsxAttr(element, 'href') : undefined;
      if (href !== undefined) facts.links.push({ url: href, line });
    }
  });
  return facts;
}

/** The <name> components of a chapter, in order. */
export const elementsNamed = (facts: ChapterFacts, name: string): ElementFact[] =>
  facts.elements.filter((e) => e.name === name);
