/**
 * The checker's own reader of PDF content-stream syntax (ISO 32000-1 §7.2, §7.8.2): operands and
 * operators, in order, with where each operation sits in the source. Written for the checker alone,
 * so what it reads never depends on the code that wrote the PDF. The source is latin1 text: one char per byte.
 */

/** A string's bytes, as the font's codes will be read from them. */
export interface Bytes {
  bytes: number[];
}
/** A dictionary operand (a marked-content property list, an inline image's parameters). */
export interface Dict {
  dict: Map<string, Operand>;
}
/** Numbers; names as "/Name"; true, false and null as their keywords; strings; arrays; dictionaries. */
export type Operand = number | string | Bytes | Dict | Operand[];
/** One operation: its operands, its operator, and [start, end) in the source (operands included). */
export interface Operation {
  operator: string;
  operands: Operand[];
  start: number;
  end: number;
}

const WHITE = /[\0\t\n\f\r ]/;
const DELIM = /[()<>[\]{}/%]/;
const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

/** A dictionary's entry, or undefined. */
export const entry = (operand: Operand | undefined, key: string): Operand | undefined =>
  operand && typeof operand === 'object' && 'dict' in operand ? operand.dict.get(key) : undefined;

export function operations(src: string): Operation[] {
  let i = 0;
  const skipSpace = () => {
    while (i < src.length) {
      if (WHITE.test(src[i]!)) i++;
      else if (src[i] === '%') while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
      else break;
    }
  };
  const literal = (): Bytes => {
    const bytes: number[] = [];
    let depth = 1;
    i++; // past "("
    while (i < src.length) {
      const c = src[i++]!;
      if (c === '\\') {
        const e = src[i++] ?? '';
        if (/[0-7]/.test(e)) {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(src[i] ?? '')) oct += src[i++];
          bytes.push(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (src[i] === '\n') i++;
        } // a line continuation
        else if (e !== '\n') bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
      } else if (c === '(') {
        depth++;
        bytes.push(40);
      } else if (c === ')') {
        if (--depth === 0) break;
        bytes.push(41);
      } else bytes.push(c.charCodeAt(0));
    }
    return { bytes };
  };
  const hex = (): Bytes => {
    const end = src.indexOf('>', i);
    const digits = src.slice(i + 1, end < 0 ? src.length : end).replace(/[^0-9a-fA-F]/g, '');
    i = end < 0 ? src.length : end + 1;
    const padded = digits.length % 2 ? `${digits}0` : digits;
    return { bytes: Array.from({ length: padded.length / 2 }, (_, k) => parseInt(padded.slice(2 * k, 2 * k + 2), 16)) };
  };
  const bare = (): string => {
    const start = i;
    i++;
    while (i < src.length && !WHITE.test(src[i]!) && !DELIM.test(src[i]!)) i++;
    return src.slice(start, i);
  };
  /** The next object, or an operator (as { op }), or undefined at the end or a closing delimiter. */
  const next = (): Operand | { op: string } | undefined => {
    skipSpace();
    const c = src[i];
    if (c === undefined || c === ']' || (c === '>' && src[i + 1] === '>')) return undefined;
    if (c === '(') return literal();
    if (c === '<' && src[i + 1] === '<') {
      i += 2;
      const dict = new Map<string, Operand>();
      for (let key = next(); key !== undefined; key = next()) {
        const value = next();
        if (typeof key === 'string' && value !== undefined && !(typeof value === 'object' && 'op' in value))
          dict.set(key.slice(1), value);
      }
      i += 2; // past ">>"
      return { dict };
    }
    if (c === '<') return hex();
    if (c === '[') {
      i++;
      const arr: Operand[] = [];
      for (let item = next(); item !== undefined; item = next())
        if (!(typeof item === 'object' && 'op' in item)) arr.push(item);
      i++; // past "]"
      return arr;
    }
    if (c === '/') return bare();
    if (DELIM.test(c)) {
      i++;
      return next();
    } // a stray delimiter: skip it
    const word = bare();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false' || word === 'null') return word;
    return { op: word };
  };

  const out: Operation[] = [];
  let operands: Operand[] = [];
  skipSpace();
  let start = i;
  while (i < src.length) {
    const item = next();
    if (item === undefined) {
      if (i < src.length) i++;
      continue;
    } // a stray "]" or ">>"
    if (!(typeof item === 'object' && 'op' in item)) {
      operands.push(item);
      continue;
    }
    if (item.op === 'ID') {
      // An inline image's data is binary: it runs to the EI that stands alone after it.
      const ei = /\sEI(?=[\0\t\n\f\r ]|$)/g;
      ei.lastIndex = i + 1;
      const m = ei.exec(src);
      i = m ? m.index + m[0].length : src.length;
      out.push({ operator: 'BI', operands, start, end: i });
    } else if (item.op !== 'BI') out.push({ operator: item.op, operands, start, end: i });
    else continue; // BI's parameters are the operands collected until ID
    operands = [];
    skipSpace();
    start = i;
  }
  return out;
}
