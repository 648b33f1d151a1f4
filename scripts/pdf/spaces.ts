/**
 * Spaces at soft line wraps. Chromium paints no space where a line wraps, so text read from the tags runs
 * the two words together ("mostpeople"). CSS cannot change that (measured on the foreword: white-space
 * pre-wrap, break-spaces and preserve-spaces all still drop it), because CSS removes a collapsible space
 * at the end of a line. A thin space (U+2009) is a space the line breaker breaks after, but CSS does not
 * collapse it: at the end of a line it hangs, so it is painted. So before printing, every space between
 * two words becomes a thin space, drawn at the width of a word space (src/print/word-space.css),
 * and after printing the fonts' Unicode maps read it as a plain space, so the text copies, searches and
 * reads as written. Measured on the book: 490 joined words before, none after. (A no-break space with
 * <wbr> also works, but makes every word an element of its own in the tags: the file tripled. U+2005
 * works too, but the typeface lacks it, so its width came from the machine's fonts.)
 */
import { PDFDict, PDFName, PDFRawStream, PDFRef, type PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { parseToUnicode, writeToUnicode } from './cmap.ts';
import { flated, streamBytes } from './structure.ts';

const N = PDFName.of;
/** The space that is painted where a line wraps. */
export const WORD_SPACE = '\u2009';

/** In the page's text (not code, SVG or scripts), every space between two words becomes a WORD_SPACE. */
export function paintSpacesAtWraps(page: Page): Promise<void> {
  return page.evaluate((space) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('pre, svg, style, script, textarea')) continue;
      n.nodeValue = n.nodeValue!.replace(/(?<=\S)[ \t\n\r]+(?=\S)/g, space);
    }
  }, WORD_SPACE);
}

/** Every font's Unicode map reads a WORD_SPACE as a space. */
export function readWordSpacesAsSpaces(doc: PDFDocument): void {
  const done = new Set<string>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(N('Font'), PDFDict);
    for (const ref of fonts?.values() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const cmapRef = font.get(N('ToUnicode'));
      if (!(cmapRef instanceof PDFRef) || done.has(cmapRef.toString())) continue;
      done.add(cmapRef.toString());
      const stream = doc.context.lookup(cmapRef);
      if (!(stream instanceof PDFRawStream)) continue;
      const map = parseToUnicode(streamBytes(stream).toString('latin1'));
      if (![...map.values()].some((text) => text.includes(WORD_SPACE))) continue;
      for (const [code, text] of map) map.set(code, text.replaceAll(WORD_SPACE, ' '));
      doc.context.assign(cmapRef, flated(doc, Buffer.from(writeToUnicode(map), 'latin1')));
    }
  }
}
