/** Reading a chapter's MDX into a syntax tree, and saying in plain words what is wrong when it cannot be read. */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BookError } from '../book-error.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** The chapter body as an mdast tree; an MDX syntax error stops with its file and line. */
export function parseMdx(body: string, file: string): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message: string };
    throw mdxSyntaxError(file, line, column, reason ?? message);
  }
}

/** The editor's message for MDX that cannot be read, shared by the pre-build check and the build's own errors. */
export function mdxSyntaxError(file: string, line: number | undefined, column: number | undefined, reason: string): BookError {
  const at = column ? ` at column ${column}` : '';
  const first = reason.split('\n')[0]!.replace(/\s+/g, ' ').replace(/\.$/, '');
  return new BookError({ file, line }, `the text cannot be read as MDX${at} (${first}).`,
    'in MDX, "<" starts a component and "{" starts an expression. To show them as text, write &lt; or &#123; (or put them in `backticks`). '
    + 'Check that every component is closed: <Stat id="x" /> ends with "/>", and <Note>...</Note> has its closing tag.');
}
