/**
 * Hands Astro's MDX compile the book index's tree of a chapter instead of parsing it again: the parser
 * remark-parse set up is wrapped, and a chapter's text (the file with its frontmatter blanked, as
 * @astrojs/mdx passes it, so positions are the file's) is parsed only if the index has not read that
 * version. Other files go to the parser as before. Must come after remark-parse (every remark plugin does).
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { treeForCompile } from '../book-index/parse.ts';

export interface RemarkBookIndexOptions {
  /** Whether the file at this absolute path is a chapter of the book. */
  isChapter: (path: string) => boolean;
}

export default function remarkBookIndex(this: Processor, { isChapter }: RemarkBookIndexOptions): void {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (text: string, file: VFile): Root =>
    file.path && isChapter(file.path) ? treeForCompile(file.path, text) : (parse(text, file) as Root);
}
