import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshBookIndex } from '../book/book-index/index.ts';
import { clearDataCache, getData } from '../book/data/index.ts';
import { chartSvgFile } from './files/standalone.ts';
import { chartView, placedCharts } from './view.ts';

/** The project's own book. */
const ROOT = join(import.meta.dirname, '../..');

describe('a chart view', () => {
  it('is worked out once a build, however many pages and files show the chart', async () => {
    const [first] = await placedCharts(ROOT);
    expect(await chartView(ROOT, first!.spec.id)).toBe(first);
    expect(chartSvgFile(first!, getData(ROOT).book)).toBe(chartSvgFile(first!, getData(ROOT).book));
  });

  it('is worked out again when the data or the chapters change (a save in the live preview)', async () => {
    const [before] = await placedCharts(ROOT);
    clearDataCache();
    const [afterData] = await placedCharts(ROOT);
    expect(afterData).not.toBe(before);
    expect(afterData).toEqual(before);
    refreshBookIndex(ROOT);
    expect((await placedCharts(ROOT))[0]).not.toBe(afterData);
  });
});
