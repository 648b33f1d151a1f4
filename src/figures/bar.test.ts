import { describe, expect, it } from 'vitest';
import { barScene } from './bar.ts';
import { comparisonScene } from './comparison.ts';
import type { RectMark, TextMark } from './scene.ts';

const data = [
  { label: 'Understand they have a role in protection', value: 94, text: '94%' },
  { label: 'Believe current measures are sufficient', value: 36, text: '36%' },
  { label: 'None', value: 0, text: '0%' },
];
const bars = (marks: ReturnType<typeof barScene>['marks'], cls = 'mark') =>
  marks.filter((m): m is RectMark => m.type === 'rect' && m.class === cls);
const texts = (marks: ReturnType<typeof barScene>['marks']) => marks.filter((m): m is TextMark => m.type === 'text');

describe('barScene', () => {
  const scene = barScene(data, { width: 320, unit: 'percent', axis: 'Share of NHS staff' });

  it('draws bar lengths proportional to the values, from zero', () => {
    const [a, b, c] = bars(scene.marks);
    expect(a!.x).toBe(0);
    expect(a!.width / b!.width).toBeCloseTo(94 / 36, 6);
    expect(c!.width).toBe(0);
  });

  it('draws percentages on an axis from 0% to 100%, whatever the largest value', () => {
    const ticks = texts(scene.marks)
      .filter((t) => t.decorative)
      .map((t) => t.lines[0]);
    expect(ticks).toEqual(['0%', '50%', '100%']);
    const full = barScene([{ label: 'All', value: 100, text: '100%' }], { width: 320, unit: 'percent', axis: 'x' });
    const tickX = texts(full.marks).find((t) => t.lines[0] === '100%' && t.decorative)!.x;
    expect(bars(full.marks)[0]!.width).toBeCloseTo(tickX, 6);
  });

  it('prints each value just past its bar and each label above it', () => {
    const [bar] = bars(scene.marks);
    const value = texts(scene.marks).find((t) => t.lines[0] === '94%')!;
    expect(value.x).toBeGreaterThan(bar!.width);
    const label = texts(scene.marks).find((t) => t.lines.join(' ') === data[0]!.label)!;
    expect(label.y).toBeLessThan(bar!.y);
  });

  it('wraps a long label on a phone but not on a wide screen', () => {
    const long = 'Say too few audits and unclear communication undermine confidence';
    const label = (width: number) =>
      texts(barScene([{ label: long, value: 57, text: '57%' }], { width, unit: 'percent', axis: 'x' }).marks).find(
        (t) => t.lines.join(' ') === long,
      )!;
    expect(label(320).lines.length).toBe(2);
    expect(label(640).lines.length).toBe(1);
  });

  it('uses quarters on a wide axis', () => {
    const wide = barScene(data, { width: 640, unit: 'percent', axis: 'x' });
    expect(
      texts(wide.marks)
        .filter((t) => t.decorative)
        .map((t) => t.lines[0]),
    ).toEqual(['0%', '25%', '50%', '75%', '100%']);
  });
});

describe('comparisonScene', () => {
  it('draws each share inside a track standing for the whole', () => {
    const scene = comparisonScene(data.slice(0, 2), { width: 320, unit: 'percent', axis: 'x' });
    const tracks = bars(scene.marks, 'track');
    const fills = bars(scene.marks);
    expect(tracks).toHaveLength(2);
    tracks.forEach((track, i) => {
      expect(track.y).toBe(fills[i]!.y);
      expect(fills[i]!.width / track.width).toBeCloseTo(data[i]!.value / 100, 6);
    });
  });
});
