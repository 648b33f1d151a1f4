/**
 * Decoration as artifacts. Chromium paints a paragraph's link underlines, a heading's rule, a table's
 * borders and the contents' dotted leaders inside the marked content of the element they decorate, so
 * a reader's software takes them for content. Here every path painted inside the marked content of an
 * element that is not a Figure (a chart's marks are its content) or a list label (a bullet is the label)
 * is taken out of it and marked as an /Artifact; the content after it gets a new MCID of the same element.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { operations } from './artifacts.ts';
import { parentTreeEntry, type PageContents } from './structure.ts';

const N = PDFName.of;

const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PAINT_PATH = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);
const CONTENT = new Set(['BT', 'Do', 'BI', 'sh']);

/** A run of decoration inside the marked content with `mcid`, and whether content follows it there. */
export interface Decoration { mcid: number; tag: string; start: number; end: number; contentAfter: boolean }

/** The runs of painted paths in marked content whose MCID `isDecorated` accepts (sequences not nested). */
export function decorationRuns(src: string, isDecorated: (mcid: number) => boolean): Decoration[] {
  const runs: Decoration[] = [];
  let depth = 0;
  let open: { mcid: number; tag: string } | undefined;
  let pathStart: number | undefined;
  let run: Decoration | undefined;
  let inText = false;
  for (const op of operations(src)) {
    const o = op.operator;
    if (o === 'BDC' || o === 'BMC') {
      depth++;
      const m = depth === 1 && o === 'BDC' ? /^\/(\w+)\s*<<\s*\/MCID\s+(\d+)\s*>>/.exec(src.slice(op.start, op.end)) : null;
      open = m && isDecorated(Number(m[2])) ? { tag: m[1]!, mcid: Number(m[2]) } : undefined;
      run = undefined;
    } else if (o === 'EMC') { depth = Math.max(0, depth - 1); open = undefined; run = undefined; }
    else if (o === 'BT') inText = true;
    else if (o === 'ET') inText = false;
    if (!open || depth !== 1 || inText && o !== 'BT') continue;
    if (CONTENT.has(o)) { if (run) run.contentAfter = true; run = undefined; pathStart = undefined; }
    else if (PATH.has(o)) pathStart ??= op.start;
    else if (o === 'n') pathStart = undefined;
    else if (PAINT_PATH.has(o) && pathStart !== undefined) {
      if (run) run.end = op.end;
      else runs.push(run = { ...open, start: pathStart, end: op.end, contentAfter: false });
      pathStart = undefined;
    }
  }
  return runs;
}

/**
 * The content with each run of decoration marked as an /Artifact, outside the element's marked content;
 * where content of the element follows, it is reopened with a new MCID from `nextMcid(oldMcid)`.
 */
export function markDecoration(src: string, runs: Decoration[], nextMcid: (mcid: number) => number): string {
  let out = '';
  let at = 0;
  for (const run of runs) {
    const reopen = run.contentAfter ? `/${run.tag} <</MCID ${nextMcid(run.mcid)} >>BDC` : '/Artifact BMC';
    out += `${src.slice(at, run.start)}EMC /Artifact BMC\n${src.slice(run.start, run.end)}\nEMC ${reopen}`;
    at = run.end;
  }
  return out + src.slice(at);
}

/** In a struct element's /K, puts the marked content `added` right after `after` (same page). */
function addMcidAfter(doc: PDFDocument, element: PDFDict, after: number, added: number): void {
  const k = element.get(N('K'));
  const kids = k instanceof PDFArray ? k.asArray() : k ? [k] : [];
  const i = kids.findIndex((kid) => {
    const value = doc.context.lookup(kid);
    if (value instanceof PDFNumber) return value.asNumber() === after;
    return value instanceof PDFDict && value.get(N('Type')) === N('MCR') && value.lookup(N('MCID'), PDFNumber).asNumber() === after;
  });
  if (i < 0) throw new Error(`struct element ${element.get(N('S'))?.toString()} does not hold MCID ${after}`);
  const mcr = doc.context.lookup(kids[i]);
  const fresh = mcr instanceof PDFDict ? doc.context.obj({ Type: 'MCR', Pg: mcr.get(N('Pg'))!, MCID: added }) : PDFNumber.of(added);
  element.set(N('K'), doc.context.obj([...kids.slice(0, i + 1), fresh, ...kids.slice(i + 1)]));
}

/** Marks the decoration inside every page's tagged content as artifacts (see decorationRuns). */
export function markPageDecoration(doc: PDFDocument, contents: PageContents): void {
  const root = doc.catalog.lookupMaybe(N('StructTreeRoot'), PDFDict);
  if (!root) return;
  const roles = root.lookupMaybe(N('RoleMap'), PDFDict);
  const roleOf = (el: PDFDict) => { const s = el.get(N('S')) as PDFName; return (roles?.get(s) as PDFName | undefined) ?? s; };
  for (const page of doc.getPages()) {
    const owners = parentTreeEntry(doc, root.lookup(N('ParentTree')), page.node.get(N('StructParents')));
    if (!owners) continue;
    const owner = (mcid: number) => { const el = owners.lookup(mcid); return el instanceof PDFDict ? el : undefined; };
    const decorated = (mcid: number) => { const el = owner(mcid); return !!el && !KEEP.has(roleOf(el).decodeText()); };
    const [ref, src] = contents.read(page);
    const runs = decorationRuns(src, decorated);
    if (runs.length === 0) continue;
    const latest = new Map<number, number>();
    const marked = markDecoration(src, runs, (mcid) => {
      const added = owners.size();
      owners.push(owners.get(mcid));
      addMcidAfter(doc, owner(mcid)!, latest.get(mcid) ?? mcid, added);
      latest.set(mcid, added);
      return added;
    });
    contents.set(ref, marked);
  }
}

/** Elements whose painted paths are content: a chart's marks, a list's bullet. */
const KEEP = new Set(['Figure', 'Formula', 'Lbl']);
