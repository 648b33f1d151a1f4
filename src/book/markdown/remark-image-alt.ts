/** Stops the build on an image without alt text, at its file and line (the check is the book index's). */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { checkImageAlt } from '../book-index/image-alt.ts';

export default function remarkImageAlt() {
  return (tree: Root, file: VFile) => checkImageAlt(tree, relative(process.cwd(), file.path));
}
