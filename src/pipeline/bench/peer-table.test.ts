import { expect, it } from 'vitest';
import type { Run } from './runs.ts';
import { peerGoals, peerTable } from './table.ts';

const run = (
  engine: string,
  chapters: number,
  kind: Run['kind'],
  wall: number,
  cpu: number,
  extra: Partial<Run> = {},
): Run => ({
  book: `synthetic ${chapters}`,
  engine,
  kind,
  editions: 'site',
  chapters,
  pages: chapters,
  siteBytes: 0,
  measured: { wall, cpu, cpuOf: 'tree', output: '' },
  ...extra,
});

// Issue 28's figures when it was opened.
const RUNS: Run[] = [
  run('ours', 100, 'cold', 14, 24),
  run('Starlight', 100, 'cold', 4, 5),
  run('ours', 1000, 'cold', 140.2, 244, {
    dist: { bytes: 654e6, files: 18_062 },
    rasters: { count: 7000, bytes: 7000 * 31_000 },
    chapterPage: { path: 'topic-0500/index.html', gzip: 9_600, script: 0 },
  }),
  run('ours', 1000, 'cold, pictures cached', 36, 44),
  run('Starlight', 1000, 'cold', 27.1, 33, {
    dist: { bytes: 177e6, files: 2_039 },
    chapterPage: { path: 'topic-0500/index.html', gzip: 30_900, script: 12_500 },
  }),
  run('ours', 1000, 'nothing changed', 64.1, 90),
  run('Starlight', 1000, 'nothing changed', 26.8, 30),
  run('ours', 1000, 'one chapter changed', 54.9, 80),
  run('Starlight', 1000, 'one chapter changed', 28.5, 31),
];

it("prints issue 28's table: this engine against Starlight, with the ratios", () => {
  expect(peerTable(RUNS, 'ours', 'Starlight', 1000).split('\n')).toEqual([
    '| 1,000 chapters, site only | ours | Starlight | ratio |',
    '| --- | ---: | ---: | ---: |',
    '| cold build | 140.2 s wall, 244 CPU-s | 27.1 s wall, 33.0 CPU-s | 5.2× wall, 7.4× CPU |',
    '| cold build, pictures cached | 36.0 s wall, 44.0 CPU-s | (its cold build) | 1.3× wall, 1.3× CPU |',
    '| rebuild, nothing changed | 64.1 s | 26.8 s | 2.4× |',
    '| rebuild, one sentence changed | 54.9 s | 28.5 s | 1.9× |',
    '| dist/ | 654 MB, 18,062 files | 177 MB, 2,039 files | 3.7× bytes |',
    '| one chapter page, gzip | 9.6 KB, 0 JS | 30.9 KB, 12.5 KB JS | 0.31× |',
  ]);
  expect(peerTable(RUNS, 'ours', 'Starlight', 100)).toContain(
    '| rebuild, nothing changed | not measured | not measured | n/a |',
  );
});

it("prints issue 28's goals, each with its ratio, and says which it cannot measure", () => {
  const goals = peerGoals(RUNS, 'ours', 'Starlight', 1000, 100);
  expect(goals).toContain(
    'search and checks (a fresh copy given its pictures) (goal ≤ 1.0×; 1.3× when issue 28 ' +
      'was opened): 36.0 s against 27.1 s wall = 1.33× (not met).',
  );
  // (244 − 44) CPU-s among 7,000 pictures: 28.6 ms each.
  expect(goals).toContain(
    '≤ 12 ms of CPU each (at 2× for slides): (244 − 44.0 CPU-s) / 7,000 = 28.6 ms each (not met); ' +
      '≤ 30 KB each on average: 7,000 PNGs in dist/, 31.0 KB each on average (not met).',
  );
  expect(goals).toContain(
    "- cold, everything, against Starlight's cold build (goal ≤ 2.5×; 5.2× when issue 28 was opened): 140.2 s against 27.1 s wall = 5.17× (not met).",
  );
  expect(goals).toContain(
    "- rebuild after one chapter changed, against Starlight's cold build (goal ≤ 1.0×; 1.9× when issue 28 was opened): 54.9 s against 27.1 s wall = 2.03× (not met).",
  );
  expect(goals).toContain(
    "- rebuild with nothing changed, against Starlight's cold build (goal ≤ 1.0×; 2.4× when issue 28 was opened): 64.1 s against 27.1 s wall = 2.37× (not met).",
  );
  expect(goals).toContain(
    "- dist/ (goal ≤ 1.5× Starlight's bytes; 3.7× when issue 28 was opened): 654 MB against 177 MB = 3.69× (not met).",
  );
  // (140.2 − 14) / 900 = 140 ms a chapter, against 14 / 100 = 140 ms: 1.00×.
  expect(goals).toContain(
    '(t1000 − t100) / 900 against t100 / 100 (goal: at most 10% more): (140.2 − 14.0) / 900 ' +
      '= 140 ms against 14.0 / 100 = 140 ms = 1.00× (met); ' +
      'Starlight: 26 ms against 40 ms = 0.64×.',
  );
});

it('says what was not measured', () => {
  const goals = peerGoals(
    RUNS.filter((r) => r.chapters === 1000 && r.kind === 'cold'),
    'ours',
    'Starlight',
    1000,
    100,
  );
  expect(goals).toContain(
    "rebuild with nothing changed, against Starlight's cold build (goal ≤ 1.0×; 2.4× when issue 28 was opened): not measured in this run.",
  );
  expect(goals).toContain('(goal: at most 10% more): not measured in this run.');
});
