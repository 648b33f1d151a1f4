/** Reads a YAML data file keeping line numbers, so every data error can point at its line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { BookError } from '../../lib/book-error.ts';
import { explainYamlError } from './yaml-errors.ts';

export interface YamlFile {
  /** Path relative to the project, as editors see it. */
  file: string;
  data: unknown;
  /** 1-based line of the node at `path` (or its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Reads and parses the YAML file at `path`; errors name it relative to `projectRoot`. */
export function readYamlFile(path: string, projectRoot: string): YamlFile {
  return parseYaml(readFileSync(path, 'utf8'), relative(projectRoot, path));
}

/**
 * Parses YAML `text` from `file`; `firstLine` is the file line the text starts on (a chapter's
 * frontmatter starts on line 2), so line numbers point into the whole file.
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlFile {
  const lines = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const { line, problem } = explainYamlError(error, text);
    throw new BookError(
      { file, line: line && line + firstLine - 1 },
      `this file is not valid YAML: ${problem}.`,
      'check the indentation and punctuation on that line: each item starts with "- ", each ' +
        'field is "name: value", and text containing ": " needs quotes.',
    );
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
        const start = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range?.[0] : undefined;
        if (start !== undefined) return lines.linePos(start).line + firstLine - 1;
      }
      return undefined;
    },
  };
}
