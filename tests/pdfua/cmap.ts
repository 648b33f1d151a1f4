/**
 * The checker's own reader of a font's ToUnicode CMap (ISO 32000-1 §9.10.3): each character code and
 * the Unicode text it stands for, and how many bytes a code takes (from the codespace range).
 */

export interface UnicodeMap {
  codes: Map<number, string>;
  bytes: number;
}

const hexBytes = (hex: string): number[] =>
  Array.from({ length: hex.length >> 1 }, (_, k) => parseInt(hex.slice(2 * k, 2 * k + 2), 16));
const code = (hex: string): number => parseInt(hex || '0', 16);
/** The destination of a mapping: UTF-16BE, surrogate pairs and all. */
const utf16 = (hex: string): string => {
  const b = hexBytes(hex);
  const units = Array.from({ length: b.length >> 1 }, (_, k) => (b[2 * k]! << 8) | b[2 * k + 1]!);
  return String.fromCharCode(...units);
};
/** The same text with its last UTF-16 unit moved on by `n` (how a bfrange counts). */
const plus = (text: string, n: number): string =>
  text.slice(0, -1) + String.fromCharCode(text.charCodeAt(text.length - 1) + n);

export function readToUnicode(src: string): UnicodeMap {
  const codes = new Map<number, string>();
  const space = /begincodespacerange([\s\S]*?)endcodespacerange/.exec(src)?.[1];
  const firstRange = space && /<([0-9a-fA-F]*)>/.exec(space)?.[1];
  const bytes = firstRange ? Math.max(1, firstRange.length >> 1) : 2;
  for (const [, body] of src.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of body!.matchAll(/<([0-9a-fA-F]*)>\s*<([0-9a-fA-F\s]*)>/g))
      codes.set(code(from!), utf16(to!.replace(/\s/g, '')));
  }
  for (const [, body] of src.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to] of body!.matchAll(
      /<([0-9a-fA-F]*)>\s*<([0-9a-fA-F]*)>\s*(<[0-9a-fA-F\s]*>|\[[^\]]*\])/g,
    )) {
      const first = code(lo!);
      const last = code(hi!);
      if (to!.startsWith('[')) {
        [...to!.matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach(([, dst], k) =>
          codes.set(first + k, utf16(dst!.replace(/\s/g, ''))),
        );
      } else {
        const base = utf16(to!.slice(1, -1).replace(/\s/g, ''));
        for (let c = first; c <= last && c - first < 0x10000; c++) codes.set(c, plus(base, c - first));
      }
    }
  }
  return { codes, bytes };
}
