/**
 * Gives each h2 and h3 a visible "link to this section" anchor placed after the heading (as Starlight
 * does), so readers can share a section and the heading's own text stays clean for the contents and
 * the PDF's bookmarks. Runs after heading ids are assigned.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export default function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !/^h[23]$/.test(node.tagName) || !node.properties.id) return;
      const id = String(node.properties.id);
      const anchor = h('a', { class: 'heading-link', href: `#${id}` }, [
        h('span', { 'aria-hidden': 'true' }, '#'),
        h('span', { class: 'visually-hidden' }, `Link to section: ${toString(node)}`),
      ]);
      parent.children.splice(index, 1, h('div', { class: `heading-wrapper level-${node.tagName}` }, [node, anchor]));
      return [SKIP, index + 1];
    });
  };
}
