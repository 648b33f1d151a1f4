import { describe, expect, it } from 'vitest';
import { parseToUnicode, writeToUnicode } from './cmap.ts';

// Both forms Chromium writes: single codes, and ranges whose text counts up.
const cmap = `2 beginbfchar\n<0001> <0041>\n<007D> <2005>\nendbfchar\n1 beginbfrange\n<0010> <0012> <0061>\nendbfrange\n`
  + '1 beginbfrange\n<0020> <0021> [<0066006C> <D83DDE00>]\nendbfrange';

describe('ToUnicode maps', () => {
  const map = parseToUnicode(cmap);

  it('reads single codes, counting ranges, ranges of strings and surrogate pairs', () => {
    expect([...map]).toEqual([[1, 'A'], [0x7d, '\u2005'], [0x10, 'a'], [0x11, 'b'], [0x12, 'c'], [0x20, 'fl'], [0x21, '😀']]);
  });

  it('writes back what it read', () => {
    expect(parseToUnicode(writeToUnicode(map))).toEqual(map);
  });
});
