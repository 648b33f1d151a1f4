import { describe, expect, it } from 'vitest';
import { decorationRuns, markDecoration } from './decoration.ts';

// Shaped like Chromium's output: a paragraph whose link underline is painted between two runs of text,
// a heading whose rule is painted after its text, and a chart whose marks are its content.
const page = [
  '/P <</MCID 0 >>BDC', 'BT (a) Tj ET', '0 0 1 rg 10 20 30 0.5 re f', 'BT (b) Tj ET', 'EMC',
  '/H2 <</MCID 1 >>BDC', 'BT (c) Tj ET', 'q 0 0 m 5 0 l S Q', 'EMC',
  '/Figure <</MCID 2 >>BDC', '0 0 5 5 re f', 'EMC',
].join('\n');
const decorated = (mcid: number) => mcid !== 2;

describe('decoration inside tagged content', () => {
  it('finds the paths painted in marked content, and whether content of the element follows', () => {
    expect(decorationRuns(page, decorated).map(({ mcid, tag, contentAfter }) => ({ mcid, tag, contentAfter }))).toEqual([
      { mcid: 0, tag: 'P', contentAfter: true },
      { mcid: 1, tag: 'H2', contentAfter: false },
    ]);
  });

  it('marks them as artifacts outside the element, and gives the text after them a new MCID', () => {
    let next = 3;
    expect(markDecoration(page, decorationRuns(page, decorated), () => next++)).toBe([
      '/P <</MCID 0 >>BDC', 'BT (a) Tj ET', '0 0 1 rg EMC /Artifact BMC', '10 20 30 0.5 re f', 'EMC /P <</MCID 3 >>BDC',
      'BT (b) Tj ET', 'EMC',
      '/H2 <</MCID 1 >>BDC', 'BT (c) Tj ET', 'q EMC /Artifact BMC', '0 0 m 5 0 l S', 'EMC /Artifact BMC Q', 'EMC',
      '/Figure <</MCID 2 >>BDC', '0 0 5 5 re f', 'EMC',
    ].join('\n'));
  });
});
