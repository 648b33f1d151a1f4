/**
 * Checks every <Ref id="..." /> in a chapter against the book's cross-reference registry while the
 * chapter compiles, so a dangling reference stops the build at its file and line. A reference to a
 * section of the same chapter may be written `#section-id`; it is completed with the chapter's id.
 * The Ref component then prints the target's number or title at render time.
 */
import { basename, relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BookError } from '../lib/book-error.ts';
import { closest } from '../lib/closest.ts';
import type { Referable } from '../lib/refs/registry.ts';
import { jsxAttr, visitJsx, type JsxElement } from './mdx-jsx.ts';

export interface RemarkRefsOptions {
  /** The book's referable things, by id. */
  refs: () => ReadonlyMap<string, Referable>;
}

const HOW = 'refer to a chapter by its file name without .mdx (methods), a section as chapter#section-id (the id in the address when you click the # beside its heading), or a chart by its id in data/charts.yaml.';

function setAttr(node: JsxElement, name: string, value: string): void {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr) attr.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The pure core: checks and completes each <Ref> in `tree`; `chapter` is the id of the chapter compiled. */
export function resolveRefs(tree: Root, refs: ReadonlyMap<string, Referable>, file: string, chapter: string): string[] {
  const used: string[] = [];
  visitJsx(tree, 'Ref', (node) => {
    const line = node.position?.start.line;
    const typed = jsxAttr(node, 'id');
    if (!typed) throw new BookError({ file, line, field: '<Ref id>' }, 'a <Ref /> has no id.', `write what it refers to, e.g. <Ref id="methods" />: ${HOW}`);
    const id = typed.startsWith('#') ? `${chapter}${typed}` : typed;
    if (!refs.has(id)) {
      const near = closest(id, refs.keys());
      throw new BookError({ file, line, id: typed, field: '<Ref id>' }, `there is no chapter, section or chart with the id "${id}" to refer to.`,
        `${near ? `did you mean "${near}"? Otherwise ` : ''}${HOW}`);
    }
    setAttr(node, 'id', id);
    // Where the reference was typed, so the component can say so if the target goes while previewing.
    setAttr(node, 'from', `${file}:${line ?? 1}`);
    used.push(id);
  });
  return used;
}

export default function remarkRefs({ refs }: RemarkRefsOptions) {
  return (tree: Root, file: VFile) => {
    resolveRefs(tree, refs(), relative(process.cwd(), file.path), basename(file.path).replace(/\.mdx?$/, ''));
  };
}
