import { describe, expect, it } from 'vitest';
import { numberCharts } from './numbering.ts';

describe('numberCharts', () => {
  it('numbers charts 1..N across chapters in reading order', () => {
    const places = numberCharts([
      { file: 'a.mdx', chapter: 'a', charts: [{ id: 'x', line: 3 }, { id: 'y', line: 9 }] },
      { file: 'b.mdx', chapter: 'b', charts: [] },
      { file: 'c.mdx', chapter: 'c', charts: [{ id: 'z', line: 4 }] },
    ]);
    expect([...places]).toEqual([['x', { number: 1, chapter: 'a' }], ['y', { number: 2, chapter: 'a' }], ['z', { number: 3, chapter: 'c' }]]);
  });

  it('stops on a chart placed in two chapters, naming both', () => {
    expect(() => numberCharts([
      { file: 'src/content/chapters/a.mdx', chapter: 'a', charts: [{ id: 'x', line: 3 }] },
      { file: 'src/content/chapters/c.mdx', chapter: 'c', charts: [{ id: 'x', line: 12 }] },
    ])).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/c.mdx:12 ("x", field "<Chart id>"): the chart "x" is already placed in src/content/chapters/a.mdx.
        Fix: place each chart in one chapter only; elsewhere, link to it as Figure 1.]
    `);
  });
});
