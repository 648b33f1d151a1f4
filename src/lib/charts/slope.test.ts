import { describe, expect, it } from 'vitest';
import { slopeScene } from './slope.ts';
import { collisions, type CircleMark, type LineMark, type TextMark } from './scene.ts';

const lines = [
  { label: 'On new technologies', from: { value: 5, text: '5%' }, to: { value: 15, text: '15%' } },
  { label: 'On both new and existing systems', from: { value: 47, text: '47%' }, to: { value: 39, text: '39%' } },
];
const options = { width: 320, unit: 'percent' as const, axis: 'Share of NHS staff trained', periods: ['2022', '2024'] as const };

describe('slopeScene', () => {
  const scene = slopeScene(lines, options);
  const series = scene.marks.filter((m): m is LineMark => m.type === 'line' && (m.class === 'mark' || m.class === 'mark-2'));

  it('draws one line per measure, the second dashed, on a 0 to 100 vertical scale', () => {
    expect(series).toHaveLength(2);
    expect(series.map((s) => !!s.dashed)).toEqual([false, true]);
    const grid = scene.marks.filter((m): m is LineMark => m.type === 'line' && m.class === 'grid').map((g) => g.y1);
    const [y100, y0] = [Math.min(...grid), Math.max(...grid)];
    const at = (v: number) => y0 + (y100 - y0) * (v / 100);
    expect(series[0]!.y1).toBeCloseTo(at(5), 6);
    expect(series[0]!.y2).toBeCloseTo(at(15), 6);
    expect(series[1]!.y1).toBeCloseTo(at(47), 6);
  });

  it('prints both values and names each line at its end', () => {
    const words = scene.marks.filter((m): m is TextMark => m.type === 'text').map((t) => t.lines.join(' '));
    for (const w of ['2022', '2024', '5%', '15%', '47%', '39%', 'On new technologies', 'On both new and existing systems']) expect(words).toContain(w);
    expect(scene.marks.filter((m): m is CircleMark => m.type === 'circle')).toHaveLength(4);
  });

  it('nudges end labels apart when the values are close', () => {
    const close = slopeScene([{ ...lines[0]!, to: { value: 40, text: '40%' } }, lines[1]!], options);
    expect(collisions(close)).toEqual([]);
  });
});
