import { describe, expect, it } from 'vitest';
import { cellCount, proportionScene } from './proportion.ts';
import type { TextMark } from './scene.ts';

describe('proportionScene', () => {
  it('fills eight of ten cells for "eight in 10", in reading order', () => {
    const scene = proportionScene({ label: 'Breached', value: 8, text: 'eight in 10' }, { width: 320, unit: 'in-ten', rest: 'Not breached' });
    const cells = scene.marks.filter((m) => m.type === 'rect').slice(0, 10);
    expect(cells.map((c) => c.class)).toEqual([...Array(8).fill('mark'), 'track', 'track']);
  });

  it('fills 64 of 100 cells for 64%', () => {
    expect(cellCount('percent', 64)).toEqual({ cells: 100, columns: 10, filled: 64 });
    const scene = proportionScene({ label: 'Isolated', value: 64, text: '64%' }, { width: 320, unit: 'percent', rest: 'Not' });
    expect(scene.marks.filter((m) => m.type === 'rect' && m.class === 'mark')).toHaveLength(64 + 1); // + the swatch
  });

  it('names both parts with their values, so colour is never the only cue', () => {
    const scene = proportionScene({ label: 'Breached', value: 8, text: 'eight in 10' }, { width: 320, unit: 'in-ten', rest: 'Not breached' });
    const words = scene.marks.filter((m): m is TextMark => m.type === 'text').flatMap((t) => t.lines);
    expect(words).toEqual(['eight in 10', 'Breached', 'two in 10', 'Not breached']);
  });

  it('sets both labels the same way: beside their values when both fit, under them when either does not', () => {
    const labelX = (rest: string) => proportionScene({ label: 'Breached', value: 8, text: 'eight in 10' }, { width: 320, unit: 'in-ten', rest })
      .marks.filter((m): m is TextMark => m.type === 'text').filter((_, i) => i % 2 === 1).map((t) => t.x);
    const [short, long] = [labelX('Not breached'), labelX('Have not reported a breach of any kind to anyone')];
    const valueX = 16 + 8; // swatch and gap: where the values (and labels set under them) start
    for (const x of short) expect(x).toBeGreaterThan(valueX + 40);
    expect(long).toEqual([valueX, valueX]);
  });
});
