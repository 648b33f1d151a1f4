import { describe, expect, it } from 'vitest';
import { dodge, overlaps, textWidth, wrap } from './text.ts';

describe('text metrics', () => {
  it('measures with DejaVu Sans widths, bold wider than regular', () => {
    expect(textWidth('94%', 100)).toBeCloseTo(64 + 64 + 95, 6);
    expect(textWidth('94%', 15, true)).toBeGreaterThan(textWidth('94%', 15));
  });

  it('wraps at word boundaries within the width, keeping every word', () => {
    const text = 'Say too few audits and unclear communication undermine confidence';
    const lines = wrap(text, 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('dodges positions apart by the gap, nearest to where they wanted to be', () => {
    expect(dodge([100, 110, 300], 20)).toEqual([100, 120, 300]);
    expect(dodge([110, 100], 20)).toEqual([120, 100]);
    expect(dodge([95, 100], 20, 0, 100)).toEqual([80, 100]);
  });

  it('counts overlapping boxes, not touching ones', () => {
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
  });
});
