/**
 * One chapter as a plain document tree (hast): its MDX, as the book index parsed it, turned into HTML
 * elements by mdast-util-to-hast, each component by its renderer (components.ts), the headings given
 * the ids the site gives them, quotes and dashes made typographic and abbreviations spelt out on first
 * use, as on the site. The print edition and the EPUB both read this tree.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import type { Nodes as MdastNodes } from 'mdast';
import { unified } from 'unified';
import remarkSmartypants from 'remark-smartypants';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { BookError } from '../../lib/book-error.ts';
import type { BookIndex, IndexedChapter } from '../../book/book-index/index.ts';
import { jsxAttr, type JsxElement } from '../../book/book-index/mdx-jsx.ts';
import type { BookData } from '../../book/data/load.ts';
import { expandAbbreviations } from '../../book/markdown/rehype-abbreviations.ts';
import { remarkRehype } from '../../book/markdown/index.ts';
import { chapterSources, RENDERERS } from './components.ts';

export interface ChapterTreeOptions {
  data: BookData;
  index: BookIndex;
  base: string;
}

/** The chapter as an <article>: its opening (number, title, summary), its text, and its sources. */
export function chapterTree(chapter: IndexedChapter, options: ChapterTreeOptions): Element {
  const body = bodyTree(chapter, options);
  checkHeadingLevels(headingsIn(body.children as ElementContent[]), chapter.file);
  const { data: fm } = chapter;
  return h(
    'article',
    {
      class: `chapter print-chapter print-chapter--${fm.kind}`,
      id: `chapter-${chapter.id}`,
      dataChapter: chapter.id,
      dataShortTitle: fm.shortTitle ?? fm.title,
    },
    [
      h('header', { class: 'print-chapter__header' }, [
        ...(chapter.number ? [h('p', { class: 'print-chapter__number' }, `Chapter ${chapter.number}`)] : []),
        h('h1', fm.title),
        h('p', { class: 'lede' }, fm.summary),
      ]),
      h('div', { class: 'prose' }, body.children as ElementContent[]),
      ...chapterSources(chapter, options.data),
    ],
  );
}

const typographic = unified().use(remarkSmartypants);
const LEVEL = /^h([1-6])$/;

function headingsIn(nodes: ElementContent[]): Element[] {
  return nodes.flatMap((n) => (n.type !== 'element' ? [] : LEVEL.test(n.tagName) ? [n] : headingsIn(n.children)));
}

/**
 * Headings go down one level at a time from the chapter's title (level 1): a skipped level leaves a
 * screen reader's outline with a hole, and the print edition's PDF/UA-1 export refuses it.
 */
function checkHeadingLevels(headings: Element[], file: string): void {
  let level = 1;
  for (const heading of headings) {
    const next = Number(LEVEL.exec(heading.tagName)![1]);
    if (next > level + 1) {
      const text = toString(heading);
      throw new BookError(
        { file, line: heading.position?.start.line, field: 'heading' },
        `the heading "${text}" is at level ${next}, but the heading before it is at level ` +
          `${level} (the chapter's title is level 1).`,
        `add a heading of level ${level + 1} (${'#'.repeat(level + 1)} in Markdown) before it, ` +
          `or make it one: headings go down one level at a time.`,
      );
    }
    level = next;
  }
}

function bodyTree(chapter: IndexedChapter, options: ChapterTreeOptions): Root {
  const component = (state: State, node: JsxElement): ElementContent[] => {
    const render = node.name ? RENDERERS[node.name] : undefined;
    if (!render) {
      throw new BookError(
        { file: chapter.file, line: node.position?.start.line, field: `<${node.name ?? ''}>` },
        `the print edition and the EPUB have no way to set <${node.name ?? ''}>.`,
        `use one of the components EDITING.md lists: ${Object.keys(RENDERERS).join(', ')}.`,
      );
    }
    const props = Object.fromEntries(
      node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, jsxAttr(node, a.name)]] : [])),
    );
    const rendered = render(props, { ...options, chapter, children: state.all(node) as ElementContent[] });
    // What a component renders was written where the component is: its headings' line, for the level check.
    for (const heading of headingsIn(rendered)) heading.position ??= node.position;
    return rendered;
  };
  // Headings get the ids the book index gave them (Astro's, in order), so links and references agree.
  const slugs = chapter.facts.headings.map((heading) => heading.slug);
  let next = 0;
  // Typographic quotes and dashes, as Astro's Markdown (smartypants) sets them on the site; on a copy,
  // since the book index's tree is shared.
  const mdast = typographic.runSync(structuredClone(chapter.tree));
  const tree = toHast(mdast as MdastNodes, {
    ...remarkRehype,
    handlers: {
      heading: (state, node) => {
        const element = defaultHandlers.heading(state, node);
        element.properties.id = slugs[next++];
        return element;
      },
      mdxJsxFlowElement: component,
      mdxJsxTextElement: component,
      // The chapter's imports and comments are for the compile, not the reader.
      mdxjsEsm: () => undefined,
      mdxFlowExpression: () => undefined,
      mdxTextExpression: () => undefined,
    },
  }) as Root;
  expandAbbreviations(tree, options.data.glossary.values());
  return tree;
}
