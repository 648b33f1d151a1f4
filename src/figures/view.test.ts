import { describe, expect, it } from 'vitest';
import { refreshBookIndex } from '../book/book-index/index.ts';
import { clearDataCache, getData } from '../book/data/index.ts';
import { chartSvgFile } from './files/standalone.ts';
import { chartView, placedCharts } from './view.ts';

describe('a chart view', () => {
  it('is worked out once a build, however many pages and files show the chart', async () => {
    const [first] = await placedCharts();
    expect(await chartView(first!.spec.id)).toBe(first);
    expect(chartSvgFile(first!, getData().book)).toBe(chartSvgFile(first!, getData().book));
  });

  it('is worked out again when the data or the chapters change (a save in the live preview)', async () => {
    const [before] = await placedCharts();
    clearDataCache();
    const [afterData] = await placedCharts();
    expect(afterData).not.toBe(before);
    expect(afterData).toEqual(before);
    refreshBookIndex();
    expect((await placedCharts())[0]).not.toBe(afterData);
  });
});
