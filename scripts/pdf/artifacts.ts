/**
 * Marking page furniture as artifacts. Chromium tags the document's content but draws the running
 * heads, page numbers, backgrounds and generated text (printed link addresses) outside any marked
 * content, which PDF/UA forbids: every painted thing is either tagged content or an /Artifact.
 * This wraps whatever is painted outside marked content in `/Artifact BMC … EMC`.
 */

/** One content-stream operation: its operator and where it starts (first operand) and ends. */
export interface Operation { operator: string; start: number; end: number }

// Character classes by char code (a page's content runs to hundreds of kilobytes: no regex per character).
const SPACE = new Uint8Array(256);
for (const c of '\0\t\n\f\r ') SPACE[c.charCodeAt(0)] = 1;
const DELIMITER = SPACE.slice();
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const isSpace = (code: number) => code < 256 && SPACE[code] === 1;
const isDelimiter = (code: number) => code < 256 && DELIMITER[code] === 1;
const LITERALS = new Set(['true', 'false', 'null']);
const code = (c: string) => c.charCodeAt(0);
const [PERCENT, OPEN, CLOSE, BACKSLASH, LESS, GREATER, SLASH, LF, CR] = ['%', '(', ')', '\\', '<', '>', '/', '\n', '\r'].map(code);
const BRACKETS = new Set(['[', ']', '{', '}'].map(code));
/** A number starts with a digit, a sign or a point: most of a page's words are numbers, read without a copy. */
const startsNumber = (c: number) => (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;

/** The operations of a content stream (given as latin1 text, one char per byte). */
export function* operations(src: string): Generator<Operation> {
  let i = 0;
  let start = -1;
  const skipWord = () => { while (i < src.length && !isDelimiter(src.charCodeAt(i))) i++; };
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (c === PERCENT) { while (i < src.length && src.charCodeAt(i) !== LF && src.charCodeAt(i) !== CR) i++; continue; }
    if (start < 0) start = i;
    if (c === OPEN) {
      for (let depth = 0; i < src.length; i++) {
        const d = src.charCodeAt(i);
        if (d === BACKSLASH) i++;
        else if (d === OPEN) depth++;
        else if (d === CLOSE && --depth === 0) { i++; break; }
      }
    } else if ((c === LESS || c === GREATER) && src.charCodeAt(i + 1) === c) i += 2;
    else if (c === LESS) { const close = src.indexOf('>', i); i = close < 0 ? src.length : close + 1; }
    else if (BRACKETS.has(c)) i++;
    else if (c === SLASH) { i++; skipWord(); }
    else if (startsNumber(c)) { i++; skipWord(); }
    else {
      const from = i;
      skipWord();
      if (i === from) { i++; continue; }
      const word = src.slice(from, i);
      if (LITERALS.has(word)) continue;
      if (word === 'ID') {
        // An inline image's data runs to "EI" between white space; it belongs to the BI that opened it.
        const end = src.slice(i + 1).search(/[\0\t\n\f\r ]EI(?=[\0\t\n\f\r ]|$)/);
        i = end < 0 ? src.length : i + 1 + end + 3;
        yield { operator: 'BI', start, end: i };
      } else if (word !== 'BI') {
        yield { operator: word, start, end: i };
      } else continue;
      start = -1;
    }
  }
}

const PATH = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PAINT_PATH = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*']);
const PAINT_ALONE = new Set(['sh', 'Do', 'BI']);

/** The spans [start, end) of a content stream painted outside any marked content. */
export function unmarkedSpans(src: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let text: { start: number; marked: boolean } | undefined;
  let path: number | undefined;
  for (const op of operations(src)) {
    const o = op.operator;
    if (o === 'BMC' || o === 'BDC') { depth++; if (text) text.marked = true; }
    else if (o === 'EMC') depth = Math.max(0, depth - 1);
    else if (o === 'BT') text = depth === 0 ? { start: op.start, marked: false } : undefined;
    else if (o === 'ET') { if (text && !text.marked && depth === 0) spans.push([text.start, op.end]); text = undefined; }
    else if (text) continue;
    else if (PATH.has(o)) { if (path === undefined && depth === 0) path = op.start; }
    else if (PAINT_PATH.has(o)) { if (path !== undefined && depth === 0) spans.push([path, op.end]); path = undefined; }
    else if (o === 'n') path = undefined;
    else if (PAINT_ALONE.has(o) && depth === 0) spans.push([op.start, op.end]);
  }
  return spans;
}

/** The content stream with everything painted outside marked content wrapped as an /Artifact. */
export function markArtifacts(src: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of unmarkedSpans(src)) {
    out += `${src.slice(at, start)}/Artifact BMC\n${src.slice(start, end)}\nEMC`;
    at = end;
  }
  return out + src.slice(at);
}
