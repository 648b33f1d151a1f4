/**
 * What Chromium's tagged PDF lacks for PDF/UA, added to the document in place: page furniture marked
 * as artifacts, a description on every link, and no Figure without alternative text where an HTML
 * <figure> only groups a chart (which is its own Figure, with alt text) and its caption.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFDict, PDFHexString, PDFName, PDFRawStream, PDFNumber, PDFRef, PDFString, type PDFDocument, type PDFObject, type PDFPage } from 'pdf-lib';
import { markArtifacts } from './artifacts.ts';

const N = PDFName.of;

/**
 * A stream's decoded bytes. Chromium compresses every stream with Flate alone, which Node's zlib
 * reads (and writes, in `flated`) several times faster than pdf-lib's JavaScript inflate and deflate.
 */
export function streamBytes(stream: PDFRawStream): Buffer {
  const filter = stream.dict.get(N('Filter'));
  return filter === N('FlateDecode') && !stream.dict.has(N('DecodeParms'))
    ? inflateSync(stream.contents) : Buffer.from(decodePDFRawStream(stream).decode());
}

/** `bytes` as a Flate-compressed stream, compressed by Node's zlib. */
export const flated = (doc: PDFDocument, bytes: Uint8Array): PDFRawStream =>
  doc.context.stream(deflateSync(bytes), { Filter: 'FlateDecode' });

/** Where a page's one content stream is stored. */
function contentRef(page: PDFPage): PDFRef {
  const contents = page.node.get(N('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  // Chromium writes one stream per page; were there several, an operation could span two of them.
  if (refs.length !== 1 || !(refs[0] instanceof PDFRef)) throw new Error('expected one content stream per page');
  return refs[0];
}

/** A page's one content stream: where it is stored, and its decoded content (latin1, one char per byte). */
export function pageStream(doc: PDFDocument, page: PDFPage): [PDFRef, string] {
  const ref = contentRef(page);
  const stream = doc.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error('expected a content stream');
  return [ref, streamBytes(stream).toString('latin1')];
}

/**
 * The pages' contents while the finishing passes edit them: each page is decompressed when first read
 * and compressed once, by write(), not once for each pass that edits it (markPageArtifacts edits every
 * page; two more passes edit some again).
 */
export class PageContents {
  readonly #doc: PDFDocument;
  readonly #edited = new Map<PDFRef, string>();
  constructor(doc: PDFDocument) { this.#doc = doc; }

  /** A page's content stream: where it is stored, and its content as last edited. */
  read(page: PDFPage): [PDFRef, string] {
    const edited = this.#edited.get(contentRef(page));
    return edited === undefined ? pageStream(this.#doc, page) : [contentRef(page), edited];
  }

  /** Replaces the content stream at `ref` (from read) with `src`, in the document once write() is called. */
  set(ref: PDFRef, src: string): void { this.#edited.set(ref, src); }

  /** Writes every edited page's content into the document, compressed. */
  write(): void {
    for (const [ref, src] of this.#edited) this.#doc.context.assign(ref, flated(this.#doc, Buffer.from(src, 'latin1')));
    this.#edited.clear();
  }
}

/** Rewrites each page's content so that everything painted outside marked content is an /Artifact. */
export function markPageArtifacts(doc: PDFDocument, contents: PageContents): void {
  for (const page of doc.getPages()) {
    const [ref, src] = contents.read(page);
    contents.set(ref, markArtifacts(src));
  }
}

/** Gives each link annotation a /Contents: the words for it collected from the page (`linkText`). */
export function describeLinks(doc: PDFDocument, linkText: Record<string, string>): void {
  for (const page of doc.getPages()) {
    for (const annot of page.node.Annots()?.asArray() ?? []) {
      const dict = doc.context.lookup(annot);
      if (!(dict instanceof PDFDict) || dict.get(N('Subtype')) !== N('Link')) continue;
      const uri = dict.lookupMaybe(N('A'), PDFDict)?.lookup(N('URI'));
      const dest = dict.get(N('Dest'));
      const key = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText()
        : dest instanceof PDFName ? dest.decodeText() : undefined;
      const text = key === undefined ? undefined : linkText[key] ?? (uri ? `Link: ${key}` : undefined);
      if (text) dict.set(N('Contents'), PDFHexString.fromText(text));
    }
  }
}

/** Struct elements of the tree, depth first. */
function* structElements(doc: PDFDocument, node: unknown): Generator<PDFDict> {
  const resolved = node instanceof PDFRef ? doc.context.lookup(node) : node;
  if (resolved instanceof PDFArray) for (const kid of resolved.asArray()) yield* structElements(doc, kid);
  else if (resolved instanceof PDFDict && resolved.get(N('S'))) {
    yield resolved;
    yield* structElements(doc, resolved.get(N('K')));
  }
}

/** The document's struct elements (empty when it is untagged). */
export function allStructElements(doc: PDFDocument): PDFDict[] {
  const root = doc.catalog.lookup(N('StructTreeRoot'));
  return root instanceof PDFDict ? [...structElements(doc, root.get(N('K')))] : [];
}

/**
 * An HTML <figure> becomes a Figure with no alt text around the chart's own Figure: retag such a
 * grouping Figure (one with struct elements inside) as a Div, so every Figure left has alt text.
 */
export function regroupFigures(doc: PDFDocument): void {
  for (const el of allStructElements(doc)) {
    if (el.get(N('S')) !== N('Figure') || el.get(N('Alt'))) continue;
    const kids = el.get(N('K'));
    const list = kids instanceof PDFArray ? kids.asArray() : [kids];
    if (list.some((kid) => kid instanceof PDFRef && doc.context.lookup(kid) instanceof PDFDict)) el.set(N('S'), N('Div'));
  }
}

/** The parent tree's entry for `key`: for a page, the array of the struct elements its MCIDs belong to. */
export function parentTreeEntry(doc: PDFDocument, node: PDFObject | undefined, key: PDFObject | undefined): PDFArray | undefined {
  if (!(node instanceof PDFDict) || !(key instanceof PDFNumber)) return undefined;
  const nums = node.lookup(N('Nums'));
  if (nums instanceof PDFArray) {
    for (let i = 0; i < nums.size(); i += 2) {
      const entry = nums.lookup(i + 1);
      if ((nums.get(i) as PDFNumber).asNumber() === key.asNumber()) return entry instanceof PDFArray ? entry : undefined;
    }
  }
  const kids = node.lookup(N('Kids'));
  for (const kid of kids instanceof PDFArray ? kids.asArray() : []) {
    const found = parentTreeEntry(doc, doc.context.lookup(kid), key);
    if (found) return found;
  }
  return undefined;
}
