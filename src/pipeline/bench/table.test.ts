import { expect, it } from 'vitest';
import { printSteps, type Run } from './runs.ts';
import { report } from './table.ts';

const LOG = [
  'build: Built 25 pages.',
  "build: Made 16 PDFs (35 pages in the book's, 69 in all) in 0.6 s.",
  'build: Made the EPUB: epub/the-book.epub: 16 chapters, 35 print pages listed, 56 KB in 0.7 s.',
].join('\n');

const run = (engine: string, kind: Run['kind'], wall: number, cpu: number, output = ''): Run => ({
  book: 'this book',
  engine,
  kind,
  editions: 'all',
  chapters: 15,
  pages: 25,
  siteBytes: 4e6,
  bookPdfBytes: 5e5,
  measured: { wall, cpu, cpuOf: 'tree', output },
  steps: printSteps(output),
});

it('says a goal is met only when both wall and CPU seconds are within the ratio', () => {
  const text = report(
    [run('today', 'cold', 20, 30), run('ours', 'cold', 6, 13), run('ours', 'one chapter changed', 5, 9)],
    'ours',
    'today',
    '',
  );
  expect(text).toContain('Goals of the Typst print issue (printed, not asserted; against today in the same run):');
  expect(text).toContain(
    "cold build, against today's (goal ≤ 0.4×): 6.0 s against 20.0 s wall = 0.30×; 13.0 s against 30.0 s CPU = 0.43× (not met)",
  );
  expect(text).toContain(
    "one chapter changed, against today's cold build (goal ≤ 0.3×): 5.0 s against 20.0 s wall = 0.25×; 9.0 s against 30.0 s CPU = 0.30× (met)",
  );
  expect(text).toContain("synthetic 100 chapters, site and PDFs, against today's: not measured in this run.");
  expect(text).toContain('Not a goal of this issue:\n- synthetic 1,000 chapters, site: not measured in this run.');
});

it("reads the print steps' seconds from the cold build's log and checks them against their goals", () => {
  expect(printSteps(LOG)).toEqual({
    pdfs: { count: 16, bookPages: 35, allPages: 69, seconds: 0.6 },
    epub: { chapters: 16, pagesListed: 35, size: '56 KB', seconds: 0.7 },
  });
  const text = report([run('today', 'cold', 20, 30), run('ours', 'cold', 6, 8, LOG)], 'ours', 'today', '');
  expect(text).toContain(
    "the print editions (the book's PDF and each chapter's), as the build's log times them (goal ≤ 1.0 s): 0.6 s, 16 PDFs, 35 pages in the book's, 69 in all (met).",
  );
  expect(text).toContain(
    "the EPUB with its page-marker pass, as the build's log times it (goal ≤ 0.5 s): 0.7 s, 16 chapters, 35 print pages listed, 56 KB (not met).",
  );
});

it("says when the build's log does not time the print steps", () => {
  expect(printSteps('build: Made the PDF.')).toBeUndefined();
  const text = report([run('ours', 'cold', 6, 8, 'build: Built 25 pages.')], 'ours', 'today', '');
  expect(text).toContain("as the build's log times them (goal ≤ 1.0 s): not in the build's log.");
  expect(text).toContain("this book, cold build, against today's: not measured in this run.");
});
