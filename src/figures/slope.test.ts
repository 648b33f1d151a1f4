import { describe, expect, it } from 'vitest';
import { LABEL_GAP, slopeScene } from './slope.ts';
import { boxOf, collisions, WIDTHS, type CircleMark, type LineMark, type TextMark } from './scene.ts';

const lines = [
  { label: 'On new technologies', from: { value: 5, text: '5%' }, to: { value: 15, text: '15%' } },
  { label: 'On both new and existing systems', from: { value: 47, text: '47%' }, to: { value: 39, text: '39%' } },
];
const options = {
  width: 320,
  unit: 'percent' as const,
  axis: 'Share of NHS staff trained',
  periods: ['2022', '2024'] as const,
};

describe('slopeScene', () => {
  const scene = slopeScene(lines, options);
  const series = scene.marks.filter(
    (m): m is LineMark => m.type === 'line' && (m.class === 'mark' || m.class === 'mark-2'),
  );

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
    for (const w of [
      '2022',
      '2024',
      '5%',
      '15%',
      '47%',
      '39%',
      'On new technologies',
      'On both new and existing systems',
    ])
      expect(words).toContain(w);
    expect(scene.marks.filter((m): m is CircleMark => m.type === 'circle')).toHaveLength(4);
  });

  it('nudges end labels apart when the values are close', () => {
    const close = slopeScene([{ ...lines[0]!, to: { value: 40, text: '40%' } }, lines[1]!], options);
    expect(collisions(close)).toEqual([]);
  });
});

describe('slopeScene value labels', () => {
  it(`keep a clear gap of ${LABEL_GAP} units from their dots (6 pt in print), at every width`, () => {
    for (const width of Object.values(WIDTHS)) {
      const scene = slopeScene(lines, { ...options, width });
      const texts = scene.marks.filter((m): m is TextMark => m.type === 'text');
      const dots = scene.marks.filter((m): m is CircleMark => m.type === 'circle');
      const ends = lines.flatMap((l) => [l.from, l.to]);
      expect(dots).toHaveLength(ends.length);
      lines.forEach((line, i) => {
        for (const [end, dot] of [
          [line.from, dots[2 * i]!],
          [line.to, dots[2 * i + 1]!],
        ] as const) {
          const label = boxOf(texts.find((t) => t.class === 'value' && t.lines[0] === end.text)!);
          const marker = boxOf(dot);
          const gap = Math.max(label.x0 - marker.x1, marker.x0 - label.x1, label.y0 - marker.y1, marker.y0 - label.y1);
          expect(gap, `${end.text} at width ${width}`).toBeGreaterThanOrEqual(LABEL_GAP);
        }
      });
    }
  });
});
