/** A font's ToUnicode CMap (ISO 32000-1, 9.10.3): read into a map from character code to text, and written back. */
export type UnicodeMap = Map<number, string>;

const hex = (h: string): number => parseInt(h, 16);
/** A destination string: UTF-16BE code units written in hex. */
const utf16 = (h: string): string => String.fromCharCode(...(h.match(/.{4}/g) ?? [h]).map(hex));

export function parseToUnicode(cmap: string): UnicodeMap {
  const map: UnicodeMap = new Map();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(hex(src!), utf16(dst!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of body!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
      const items = dst!.startsWith('[') ? [...dst!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : undefined;
      for (let code = hex(lo!); code <= hex(hi!); code++) {
        const offset = code - hex(lo!);
        if (items) { if (items[offset] !== undefined) map.set(code, utf16(items[offset])); continue; }
        // One destination: the last code unit counts up along the range.
        const units = (dst!.slice(1, -1).match(/.{4}/g) ?? []).map(hex);
        units[units.length - 1]! += offset;
        map.set(code, String.fromCharCode(...units));
      }
    }
  }
  return map;
}

/** A ToUnicode CMap that maps each code (2 bytes) as `map` says, in bfchar blocks of at most 100. */
export function writeToUnicode(map: UnicodeMap): string {
  const code = (n: number) => `<${n.toString(16).toUpperCase().padStart(4, '0')}>`;
  const units = (s: string) => `<${[...s].flatMap((c) => [...Array(c.length)].map((_, i) => c.charCodeAt(i)))
    .map((u) => u.toString(16).toUpperCase().padStart(4, '0')).join('')}>`;
  const entries = [...map].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([k, v]) => `${code(k)} ${units(v)}`).join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;
}
