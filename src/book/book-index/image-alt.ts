/**
 * Images need alt text: a Markdown image `![](x.png)`, or an <img> / <Image> / <Picture> component without
 * an `alt` attribute, stops the build at its file and line. An explicit `alt=""` on a component is
 * allowed: it is how an editor says an image is decorative. Run by remark-image-alt and the content lint.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { BookError } from '../../lib/book-error.ts';
import type { JsxElement } from './mdx-jsx.ts';

const IMAGE_COMPONENTS = new Set(['img', 'Image', 'Picture']);
const FIX =
  'describe what the image shows, for readers who cannot see it: ![Bar chart: 94% of staff ' +
  'know their role](chart.png). ' +
  'If it is only decoration, use <img src="..." alt="" /> to say so.';

/** The pure core: throws on the first image in `tree` without alt text. */
export function checkImageAlt(tree: Root, file: string): void {
  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'image' && !node.alt?.trim()) {
      throw new BookError({ file, line, id: node.url, field: 'alt' }, `the image "${node.url}" has no alt text.`, FIX);
    }
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      IMAGE_COMPONENTS.has((node as JsxElement).name ?? '')
    ) {
      const hasAlt = (node as JsxElement).attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'alt');
      if (!hasAlt)
        throw new BookError(
          { file, line, field: 'alt' },
          `an <${(node as JsxElement).name}> has no alt attribute.`,
          FIX,
        );
    }
  });
}
