/** Saying in plain words what is wrong when a chapter's MDX cannot be read (the book index parses it). */
import { BookError } from '../../lib/book-error.ts';

/** The editor's message for MDX that cannot be read, shared by the pre-build check and the build's own errors. */
export function mdxSyntaxError(
  file: string,
  line: number | undefined,
  column: number | undefined,
  reason: string,
): BookError {
  const at = column ? ` at column ${column}` : '';
  const first = reason.split('\n')[0]!.replace(/\s+/g, ' ').replace(/\.$/, '');
  return new BookError(
    { file, line },
    `the text cannot be read as MDX${at} (${first}).`,
    'in MDX, "<" starts a component and "{" starts an expression. To show them as text, ' +
      'write &lt; or &#123; (or put them in `backticks`). ' +
      'Check that every component is closed: <Stat id="x" /> ends with "/>", and <Note>...</Note> has its closing tag.',
  );
}
