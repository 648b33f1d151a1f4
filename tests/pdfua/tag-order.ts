/**
 * The text of a tagged PDF as a screen reader gets it: the marked content of each structure element, in
 * the order of the tree, decoded through the fonts' Unicode maps. Nothing is guessed from positions (as
 * `pdftotext -layout` does): a space is there only if the content has one.
 */
import { PDFRef, type PDFDocument } from 'pdf-lib';
import { readPage, type Painted } from './content.ts';
import { readTree, type Element } from './tree.ts';

/** Where the text moves to a new line inside the content (a soft wrap, or a hard one). */
export const LINE = '\n';
/** Where one block element (paragraph, heading, cell, list item…) ends and the next begins. */
export const BLOCK = '\u2029';

/** Types a reader runs on with the text around them: a wrap at their edge joins words like any other. */
const INLINE = new Set([
  'Span',
  'Link',
  'Quote',
  'Code',
  'Reference',
  'BibEntry',
  'Annot',
  'Ruby',
  'Warichu',
  'Em',
  'Strong',
]);

/** Each page's painted text, by MCID. */
function contentByPage(doc: PDFDocument): Map<string, Map<number, Array<Painted & { kind: 'text' }>>> {
  const pages = new Map<string, Map<number, Array<Painted & { kind: 'text' }>>>();
  for (const page of doc.getPages()) {
    const byMcid = new Map<number, Array<Painted & { kind: 'text' }>>();
    for (const item of readPage(doc, page)) {
      if (item.kind !== 'text' || item.mcid === undefined || item.artifact) continue;
      byMcid.set(item.mcid, [...(byMcid.get(item.mcid) ?? []), item]);
    }
    pages.set(page.ref.toString(), byMcid);
  }
  return pages;
}

/** The document's text in tag order, with LINE where the content starts a new line and BLOCK between blocks. */
export function tagOrderText(doc: PDFDocument): string {
  const content = contentByPage(doc);
  let out = '';
  const visit = (el: Element) => {
    // A Placement, where given, says it; else the type does (Span, Link… inline).
    const block = el.placement ? el.placement !== 'Inline' : !INLINE.has(el.role) && !INLINE.has(el.type);
    if (block) out += BLOCK;
    // A reader reads a Figure's alternative text, not what is drawn inside it.
    const replacement = el.actualText ?? (el.role === 'Figure' || el.role === 'Formula' ? el.alt : undefined);
    if (replacement !== undefined) {
      out += replacement;
      if (block) out += BLOCK;
      return;
    }
    for (const kid of el.kids) {
      if (kid.kind === 'element') visit(kid.element);
      else if (kid.kind === 'content' && kid.page instanceof PDFRef) {
        for (const item of content.get(kid.page.toString())?.get(kid.mcid) ?? [])
          out += (item.newLine ? LINE : '') + item.text;
      }
    }
    if (block) out += BLOCK;
  };
  readTree(doc).forEach(visit);
  return out;
}

/** A join of two words at a line wrap: the words as the content has them, and the text around. */
export interface JoinedWords {
  joined: string;
  around: string;
}

const WORD_END = /[\p{L}\p{N},.;:!?)\]’”%]$/u;
const WORD_START = /^[\p{L}\p{N}([‘“]/u;
/** A break inside an address or a file name is no join: the wrap there is within one word. */
const ADDRESS = /[/@]|\.\p{L}|:\/\//u;

/** Every place where the text wraps to a new line with no space between two words. */
export function joinedWords(text: string): JoinedWords[] {
  const found: JoinedWords[] = [];
  const lines = text.split(LINE);
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!.split(/[\s\u2029]/).at(-1)!;
    const after = lines[i]!.split(/[\s\u2029]/)[0]!;
    if (!before || !after || !WORD_END.test(before) || !WORD_START.test(after)) continue;
    if (ADDRESS.test(before + after)) continue;
    found.push({ joined: before + after, around: `${lines[i - 1]!.slice(-30)}⏎${lines[i]!.slice(0, 30)}` });
  }
  return found;
}
