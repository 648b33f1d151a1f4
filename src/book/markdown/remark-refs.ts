/**
 * Checks every <Ref id="..." /> in a chapter against the book index's cross-reference registry while the
 * chapter compiles, so a dangling reference stops the build at its file and line (checkRefs). A
 * reference to a section of the same chapter may be written `#section-id`; it is completed with the
 * chapter's id. The Ref component then prints the target's number or title at render time.
 */
import { basename, relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkRefs, refTarget } from '../book-index/checks.ts';
import { factsOf } from '../book-index/parse.ts';
import type { Referable } from '../refs/registry.ts';
import { jsxAttr, visitJsx, type JsxElement } from '../book-index/mdx-jsx.ts';

export interface RemarkRefsOptions {
  /** The book's referable things, by id. */
  refs: () => ReadonlyMap<string, Referable>;
}

function setAttr(node: JsxElement, name: string, value: string): void {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr) attr.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export default function remarkRefs({ refs }: RemarkRefsOptions) {
  return (tree: Root, file: VFile) => {
    const path = relative(process.cwd(), file.path);
    const chapter = basename(file.path).replace(/\.mdx?$/, '');
    checkRefs(factsOf(tree), refs(), path, chapter);
    visitJsx(tree, 'Ref', (node) => {
      // The full id, and where the reference was typed, so the component can say so if the target goes while
      // previewing.
      setAttr(node, 'id', refTarget(jsxAttr(node, 'id')!, chapter));
      setAttr(node, 'from', `${path}:${node.position?.start.line ?? 1}`);
    });
  };
}
