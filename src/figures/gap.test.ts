import { describe, expect, it } from 'vitest';
import { gapScene } from './gap.ts';
import type { CircleMark, LineMark, TextMark } from './scene.ts';

const reference = { label: 'Aware of their role', value: 94, text: '94%' };
const compared = [
  { label: 'Confident', value: 42, text: '42%' },
  { label: 'Sufficient', value: 36, text: '36%' },
];

describe('gapScene', () => {
  const scene = gapScene(reference, compared, { width: 320, unit: 'percent', axis: 'Share of NHS staff' });
  const dots = scene.marks.filter((m): m is CircleMark => m.type === 'circle');
  const texts = scene.marks.filter((m): m is TextMark => m.type === 'text').map((t) => t.lines.join(' '));

  it('draws the reference as a ring on every row and each value as a filled dot', () => {
    expect(dots.filter((d) => d.class === 'ring')).toHaveLength(3);
    expect(dots.filter((d) => d.class === 'mark')).toHaveLength(2);
    const rings = dots.filter((d) => d.class === 'ring').map((d) => d.cx);
    expect(new Set(rings).size).toBe(1);
  });

  it('joins each value to the reference and writes the gap in points', () => {
    const rules = scene.marks.filter((m): m is LineMark => m.type === 'line' && m.class === 'rule');
    expect(rules).toHaveLength(2);
    expect(texts).toContain('52 points lower');
    expect(texts).toContain('58 points lower');
  });

  it('places positions on a 0 to 100 scale', () => {
    const ticks = scene.marks.filter((m): m is TextMark => m.type === 'text' && !!m.decorative).map((t) => t.lines[0]);
    expect(ticks).toEqual(['0%', '50%', '100%']);
    const [ring, dot] = [dots.find((d) => d.class === 'ring')!, dots.find((d) => d.class === 'mark')!];
    const zero = scene.marks.find((m): m is LineMark => m.type === 'line' && m.class === 'axis')!.x1;
    expect((dot.cx - zero) / (ring.cx - zero)).toBeCloseTo(42 / 94, 6);
  });
});
