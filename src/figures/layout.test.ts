/**
 * Every chart of both books, laid out at both widths: no label collides with another or with a mark,
 * nothing leaves the view box, and text stays at 12 px or more on a 320 px screen.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../book/data/load.ts';
import { chartScene } from './model.ts';
import { boxOf, collisions, MIN_SHOWN_WIDTH, WIDTHS } from './scene.ts';

const books = { main: process.cwd(), mini: join(process.cwd(), 'tests/fixtures/mini-book') };
const cases = Object.entries(books).flatMap(([book, root]) => {
  const data = loadData(root);
  return [...data.charts.values()].flatMap((spec) =>
    Object.entries(WIDTHS).map(([layout, width]) => ({
      name: `${book} ${spec.id} ${layout}`,
      spec,
      stats: data.stats,
      width,
    })),
  );
});

describe('chart layouts of both books', () => {
  it('covers every kind', () => {
    expect(new Set(cases.map((c) => c.spec.kind))).toEqual(
      new Set(['bar', 'comparison', 'proportion', 'gap', 'slope']),
    );
  });

  it.each(cases)('$name: labels present and not overlapping', ({ spec, stats, width }) => {
    const scene = chartScene(spec, stats, width);
    const texts = scene.marks
      .filter((m) => m.type === 'text')
      .flatMap((m) => m.lines)
      .join(' | ');
    for (const ref of spec.kind === 'slope' ? spec.data.map((l) => l.label) : [])
      expect(texts).toContain(ref.split(' ')[0]);
    expect(collisions(scene).map(([a, b]) => [JSON.stringify(a).slice(0, 90), JSON.stringify(b).slice(0, 90)])).toEqual(
      [],
    );
  });

  it.each(cases)('$name: everything inside the view box', ({ spec, stats, width }) => {
    const scene = chartScene(spec, stats, width);
    expect(scene.width).toBe(width);
    for (const mark of scene.marks) {
      const box = boxOf(mark);
      expect(box.x0, JSON.stringify(mark)).toBeGreaterThanOrEqual(-0.5);
      expect(box.x1, JSON.stringify(mark)).toBeLessThanOrEqual(width + 0.5);
      expect(box.y0, JSON.stringify(mark)).toBeGreaterThanOrEqual(0);
      expect(box.y1, JSON.stringify(mark)).toBeLessThanOrEqual(scene.height);
    }
  });

  it.each(cases.filter((c) => c.width === WIDTHS.narrow))(
    '$name: text at least 12 px on a 320 px screen',
    ({ spec, stats, width }) => {
      const scale = MIN_SHOWN_WIDTH / width;
      for (const mark of chartScene(spec, stats, width).marks)
        if (mark.type === 'text') expect(mark.size * scale).toBeGreaterThanOrEqual(12);
    },
  );
});
