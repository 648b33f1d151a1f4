/** The YAML parser's errors, said in plain words and placed on the line an editor has to change. */
import type { YAMLError } from 'yaml';

const PLAIN: Record<string, string> = {
  MISSING_CHAR: 'a quotation mark or bracket is opened and never closed',
  BLOCK_AS_IMPLICIT_KEY: 'a value contains ": ", which YAML reads as a second field; put the value in quotes',
  MULTILINE_IMPLICIT_KEY: 'a line is missing the ":" between a field name and its value',
  TAB_AS_INDENT: 'a line is indented with a tab; use spaces',
  BAD_INDENT: 'a line is indented more or less than the lines around it',
  DUPLICATE_KEY: 'a field appears twice in the same entry',
};

/** What went wrong and on which 1-based line of `text`. */
export function explainYamlError(error: YAMLError, text: string): { line?: number; problem: string } {
  let line = error.linePos?.[0].line;
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'MISSING_CHAR' && line) {
    // The parser notices a missing closing quote only where the text ends: point at the line that opens it.
    const lines = text.split('\n').slice(0, line);
    const opened = lines.findLastIndex(
      (l) => (l.match(/"/g)?.length ?? 0) % 2 === 1 || (l.match(/(^|[\s[{:,])'/g)?.length ?? 0) % 2 === 1,
    );
    if (opened >= 0) line = opened + 1;
  }
  const plain = PLAIN[error.code];
  return { line, problem: plain ? `${plain} (${detail})` : detail };
}
