/** Reads a YAML data file keeping line numbers, so every data error can point at its line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import { BookError } from '../book-error.ts';

export interface YamlFile {
  /** Path relative to the project, as editors see it. */
  file: string;
  data: unknown;
  /** 1-based line of the node at `path` (or its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readYamlFile(path: string, projectRoot: string): YamlFile {
  const file = relative(projectRoot, path);
  const lines = new LineCounter();
  const doc: Document = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    throw new BookError(
      { file, line: error.linePos?.[0].line },
      `this file is not valid YAML (${error.message.split('\n')[0]}).`,
      'check the indentation and punctuation on that line: each item starts with "- ", each field is "name: value", and text containing ": " needs quotes.',
    );
  }
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
        const start = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range?.[0] : undefined;
        if (start !== undefined) return lines.linePos(start).line;
      }
      return undefined;
    },
  };
}
