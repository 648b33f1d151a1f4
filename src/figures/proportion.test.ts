import { describe, expect, it } from 'vitest';
import { cellCount, proportionScene } from './proportion.ts';
import type { TextMark } from './scene.ts';

describe('proportionScene', () => {
  it('fills eight of ten cells for "eight in 10", in reading order', () => {
    const scene = proportionScene(
      { label: 'Breached', value: 8, text: 'eight in 10' },
      { width: 320, unit: 'in-ten', rest: 'Not breached' },
    );
    const cells = scene.marks.filter((m) => m.type === 'rect').slice(0, 10);
    expect(cells.map((c) => c.class)).toEqual([...Array(8).fill('mark'), 'track', 'track']);
  });

  it('fills 64 of 100 cells for 64%', () => {
    expect(cellCount('percent', 64)).toEqual({ cells: 100, columns: 10, filled: 64 });
    const scene = proportionScene(
      { label: 'Isolated', value: 64, text: '64%' },
      { width: 320, unit: 'percent', rest: 'Not' },
    );
    expect(scene.marks.filter((m) => m.type === 'rect' && m.class === 'mark')).toHaveLength(64 + 1); // + the swatch
  });

  it('names both parts with their values, so colour is never the only cue', () => {
    const scene = proportionScene(
      { label: 'Breached', value: 8, text: 'eight in 10' },
      { width: 320, unit: 'in-ten', rest: 'Not breached' },
    );
    const words = scene.marks.filter((m): m is TextMark => m.type === 'text').flatMap((t) => t.lines);
    expect(words).toEqual(['eight in 10', 'Breached', 'two in 10', 'Not breached']);
  });

  it("sets each label under its value, lined up with it, so a reader's wider text spacing cannot make them collide", () => {
    const texts = proportionScene(
      { label: 'Breached', value: 8, text: 'eight in 10' },
      { width: 320, unit: 'in-ten', rest: 'Not breached' },
    ).marks.filter((m): m is TextMark => m.type === 'text');
    const valueX = 16 + 8; // swatch and gap: where the values start
    expect(texts.map((t) => t.x)).toEqual([valueX, valueX, valueX, valueX]);
    const ys = texts.map((t) => t.y); // each text on a line of its own, top to bottom
    expect(ys).toEqual([...new Set(ys)].sort((a, b) => a - b));
  });
});
