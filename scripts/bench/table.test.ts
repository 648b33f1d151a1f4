import { expect, it } from 'vitest';
import type { Run } from './runs.ts';
import { report } from './table.ts';

const run = (engine: string, kind: Run['kind'], wall: number, cpu: number): Run => ({
  book: 'this book', engine, kind, editions: 'all', chapters: 15, pages: 25, siteBytes: 4e6, bookPdfBytes: 5e5,
  measured: { wall, cpu, cpuOf: 'tree', output: '' },
});

it('says a goal is met only when both wall and CPU seconds are within the ratio', () => {
  const text = report([run('today', 'cold', 20, 30), run('ours', 'cold', 6, 13), run('ours', 'one chapter changed', 4, 6)], 'ours', 'today', '');
  expect(text).toContain('cold build, against today\'s (goal ≤ 0.4×): 6.0 s against 20.0 s wall = 0.30×; 13.0 s against 30.0 s CPU = 0.43× (not met)');
  expect(text).toContain('one chapter changed, against today\'s cold build (goal ≤ 0.25×): 4.0 s against 20.0 s wall = 0.20×; 6.0 s against 30.0 s CPU = 0.20× (met)');
  expect(text).toContain('synthetic 1,000 chapters, site: not measured in this run.');
});
