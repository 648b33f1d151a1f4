/**
 * One chapter as a plain document tree (hast): its MDX, as the book index parsed it, turned into HTML
 * elements by mdast-util-to-hast, each component by its renderer (components.ts), the headings given
 * the ids the site gives them, quotes and dashes made typographic and abbreviations spelt out on first
 * use, as on the site. The print
 * edition and the EPUB both read this tree.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { defaultHandlers, toHast, type State } from 'mdast-util-to-hast';
import { BookError } from '../../lib/book-error.ts';
import type { BookIndex, IndexedChapter } from '../../lib/book-index/index.ts';
import { jsxAttr, type JsxElement } from '../../lib/book-index/mdx-jsx.ts';
import type { BookData } from '../../lib/data/load.ts';
import { expandAbbreviations } from '../../plugins/rehype-abbreviations.ts';
import { chapterSources, RENDERERS } from './components.ts';

export interface ChapterTreeOptions { data: BookData; index: BookIndex; base: string; number?: number }

/** The chapter as an <article>: its opening (number, title, summary), its text, and its sources. */
export function chapterTree(chapter: IndexedChapter, options: ChapterTreeOptions): Element {
  const body = bodyTree(chapter, options);
  const { data: fm } = chapter;
  return h('article', { class: `chapter print-chapter print-chapter--${fm.kind}`, id: `chapter-${chapter.id}`, dataChapter: chapter.id, dataShortTitle: fm.shortTitle ?? fm.title }, [
    h('header', { class: 'print-chapter__header' }, [
      ...(options.number ? [h('p', { class: 'print-chapter__number' }, `Chapter ${options.number}`)] : []),
      h('h1', fm.title),
      h('p', { class: 'lede' }, fm.summary),
    ]),
    h('div', { class: 'prose' }, body.children as ElementContent[]),
    ...chapterSources(chapter, options.data),
  ]);
}

function bodyTree(chapter: IndexedChapter, options: ChapterTreeOptions): Root {
  const component = (state: State, node: JsxElement): ElementContent[] => {
    const render = node.name ? RENDERERS[node.name] : undefined;
    if (!render) {
      throw new BookError({ file: chapter.file, line: node.position?.start.line, field: `<${node.name ?? ''}>` },
        `the print edition and the EPUB have no way to set <${node.name ?? ''}>.`,
        `use one of the components EDITING.md lists: ${Object.keys(RENDERERS).join(', ')}.`);
    }
    const props = Object.fromEntries(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, jsxAttr(node, a.name)]] : [])));
    return render(props, { ...options, chapter, children: state.all(node) as ElementContent[] });
  };
  // Headings get the ids the book index gave them (Astro's, in order), so links and references agree.
  const slugs = chapter.facts.headings.map((heading) => heading.slug);
  let next = 0;
  // Typographic quotes and dashes, as Astro's Markdown (smartypants) sets them on the site; on a copy,
  // since the book index's tree is shared.
  const mdast = structuredClone(chapter.tree);
  (remarkSmartypants() as unknown as (tree: MdastRoot) => void)(mdast);
  const tree = toHast(mdast as MdastNodes, {
    handlers: {
      heading: (state, node) => {
        const element = defaultHandlers.heading(state, node);
        element.properties.id = slugs[next++];
        return element;
      },
      mdxJsxFlowElement: component, mdxJsxTextElement: component,
      // The chapter's imports and comments are for the compile, not the reader.
      mdxjsEsm: () => undefined, mdxFlowExpression: () => undefined, mdxTextExpression: () => undefined,
    },
  }) as Root;
  expandAbbreviations(tree, options.data.glossary.values());
  return tree;
}
