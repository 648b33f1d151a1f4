import { expect, it } from 'vitest';
import { editorLoopTable, type Timing } from './editor-loop.ts';

const timing = (median: number): Timing => ({
  median,
  min: median - 0.01,
  runs: [median, median, median, median, median],
});

it("prints each save's goal on its median, the live print preview's among them", () => {
  const text = editorLoopTable({ cold: timing(3), mdxSave: timing(0.2), dataSave: timing(0.4), pdfSave: timing(0.45) });
  expect(text).toContain("| MDX save → new text in the book's PDF | 0.45 | 0.44 |");
  expect(text).toContain('Goals (printed, not asserted; median of 5):');
  expect(text).toContain('- a sentence saved in a chapter, shown on its page (goal ≤ 0.25 s median): 0.20 s (met).');
  expect(text).toContain('- a value saved in data/, shown on the page (goal ≤ 0.35 s median): 0.40 s (not met).');
  expect(text).toContain(
    "- a sentence saved, shown in the book's PDF by the live preview (goal ≤ 0.5 s median): 0.45 s (met).",
  );
});
