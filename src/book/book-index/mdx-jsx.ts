/** Helpers for the MDX components editors write in chapters, such as <Stat id="..." />. */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Calls `fn` for every <name ...> element in the tree, in document order. */
export function visitJsx(tree: Root, name: string, fn: (node: JsxElement) => void): void {
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name) fn(node);
  });
}

/** The string value of attribute `attr`, or undefined when absent or not a plain string. */
export function jsxAttr(node: JsxElement, attr: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === attr && typeof a.value === 'string') return a.value;
  }
  return undefined;
}
