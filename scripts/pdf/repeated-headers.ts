/**
 * Table headers repeated on a following page. Chromium repeats a table's header row at the top of each
 * page the table runs onto (print.css asks for it) and tags each repeat as more content of the same
 * header cell, so a screen reader reads the header again in the middle of the table. A repeat is page
 * furniture: here every header cell's content on any page after its first becomes an /Artifact.
 */
import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFRef, type PDFDocument } from 'pdf-lib';
import { allStructElements, parentTreeEntry, type PageContents } from './structure.ts';

const N = PDFName.of;

/** A marked-content kid of an element: where it sits in /K, its page and MCID. */
interface ContentKid { index: number; page: PDFRef; mcid: number }

function contentKids(doc: PDFDocument, el: PDFDict): ContentKid[] {
  const k = el.get(N('K'));
  const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const page = el.get(N('Pg'));
  return kids.flatMap((kid, index): ContentKid[] => {
    const value = doc.context.lookup(kid);
    if (value instanceof PDFNumber && page instanceof PDFRef) return [{ index, page, mcid: value.asNumber() }];
    if (value instanceof PDFDict && value.get(N('Type')) === N('MCR')) {
      const pg = value.get(N('Pg')) ?? page;
      return pg instanceof PDFRef ? [{ index, page: pg, mcid: value.lookup(N('MCID'), PDFNumber).asNumber() }] : [];
    }
    return [];
  });
}

/** The elements inside `el`, itself included. */
function within(doc: PDFDocument, el: PDFDict): PDFDict[] {
  const k = el.get(N('K'));
  const kids = (k instanceof PDFArray ? k.asArray() : k ? [k] : []).map((kid) => doc.context.lookup(kid));
  return [el, ...kids.filter((kid): kid is PDFDict => kid instanceof PDFDict && !!kid.get(N('S'))).flatMap((kid) => within(doc, kid))];
}

export function markRepeatedHeaders(doc: PDFDocument, contents: PageContents): void {
  const pages = doc.getPages();
  const pageIndex = (ref: PDFRef) => pages.findIndex((p) => p.ref === ref);
  const repeats = new Map<number, Set<number>>(); // page index → MCIDs that repeat a header
  for (const th of allStructElements(doc).filter((el) => el.get(N('S')) === N('TH'))) {
    const parts = within(doc, th).map((el) => ({ el, kids: contentKids(doc, el) }));
    const first = Math.min(...parts.flatMap((p) => p.kids.map((kid) => pageIndex(kid.page))));
    for (const { el, kids } of parts) {
      const later = kids.filter((kid) => pageIndex(kid.page) > first);
      if (later.length === 0) continue;
      const k = el.lookup(N('K'), PDFArray);
      el.set(N('K'), doc.context.obj(k.asArray().filter((_, i) => !later.some((kid) => kid.index === i))));
      for (const kid of later) {
        const n = pageIndex(kid.page);
        repeats.set(n, (repeats.get(n) ?? new Set()).add(kid.mcid));
      }
    }
  }
  const root = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
  for (const [n, mcids] of repeats) {
    const page = pages[n]!;
    const [ref, src] = contents.read(page);
    const marked = src.replace(/\/\w+\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC/g, (bdc, mcid: string) => (mcids.has(Number(mcid)) ? '/Artifact BMC' : bdc));
    contents.set(ref, marked);
    const owners = parentTreeEntry(doc, root.lookup(N('ParentTree')), page.node.get(N('StructParents')));
    for (const mcid of mcids) owners?.set(mcid, PDFNull);
  }
}
