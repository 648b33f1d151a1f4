/**
 * Typst, in this process: one compiler per process, given only the book's fonts and the files a
 * document hands it (the template and the charts' drawings), under a root folder that does not exist,
 * so it reads nothing else from the disk. After the first document, a compile reuses what did not change.
 */
import { readFileSync } from 'node:fs';
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { fontBlobs } from './fonts.ts';
import type { PrintSource } from './print-source.ts';

/** Typst's root: every path it may read is under it, and none of them is on the disk. */
const ROOT = '/print-edition-has-no-files';
const TEMPLATE = readFileSync(new URL('book.typ', import.meta.url));

let compiler: NodeCompiler | undefined;
const mapped = new Map<string, string | Uint8Array>();
const same = (a: string | Uint8Array | undefined, b: string | Uint8Array) =>
  typeof b === 'string' ? a === b : a instanceof Uint8Array && Buffer.from(a).equals(b);

function typst(): NodeCompiler {
  if (!compiler) {
    compiler = NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontBlobs: fontBlobs() }] });
    compiler.mapShadow(`${ROOT}/book.typ`, TEMPLATE);
  }
  return compiler;
}

/**
 * The document laid out in pages; a Typst error (a template mistake, never the text's) is thrown with its diagnostics.
 */
export function typeset(source: PrintSource): NodeTypstDocument {
  const c = typst();
  for (const [path, content] of source.files) {
    if (same(mapped.get(path), content)) continue;
    c.mapShadow(`${ROOT}${path}`, Buffer.from(content));
    mapped.set(path, content);
  }
  const result = c.compile({ mainFileContent: source.main });
  const doc = result.result;
  if (!doc || result.hasError())
    throw new Error(
      `Typst could not set "${source.title}":\n${diagnostics(result.takeDiagnostics() ?? result.takeError())}`,
    );
  return doc;
}

/** The document as a tagged PDF/UA-1 file, dated by the edition (so two builds give the same bytes). */
export function exportPdf(doc: NodeTypstDocument, date: string): Uint8Array {
  const creationTimestamp = Date.parse(`${date}T00:00:00Z`) / 1000;
  try {
    return typst().pdf(doc, { pdfStandard: 'ua-1', creationTimestamp });
  } catch (error) {
    throw new Error(`Typst would not write a PDF/UA-1 file: ${(error as Error).message}`);
  }
}

/** What a `query` selector finds in the document (the template's metadata, for the EPUB's page-list). */
export const query = <T>(doc: NodeTypstDocument, selector: string): T[] => typst().query(doc, { selector }) as T[];

/** Drops what earlier compiles memoised and no later one used (Typst's global cache grows otherwise). */
export const forget = (): void => typst().evictCache(10);

function diagnostics(error: unknown): string {
  if (!error) return '(no diagnostics)';
  const list = (error as { shortDiagnostics?: unknown[] }).shortDiagnostics ?? [];
  return list.map((d) => JSON.stringify(d)).join('\n') || String(error);
}
