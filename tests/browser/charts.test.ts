/**
 * Every chart on every page: text and mark contrast in light and dark, system colours in forced colours.
 * The checks report how much they measured; the total must match the charts in the built HTML.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { checkChartContrast, checkChartForcedColours, type ChartResult } from '../support/a11y/charts.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';
import { page as builtPage } from '../support/site.ts';

const pages = sitePages();
const served = pages.filter((p) => p.served);
const chartsInHtml = served.reduce((n, p) => n + builtPage(p.path).querySelectorAll('figure.chart').length, 0);
const modes = ['light', 'dark', 'forced'] as const;
const pools = Object.fromEntries(modes.map((mode) => [mode, tabPool(mode)]));
afterAll(() => Promise.all(Object.values(pools).map((p) => p.close())));

describe.each(modes)('charts in %s mode', (mode) => {
  const total: Omit<ChartResult, 'found'> = { charts: 0, texts: 0, marks: 0 };

  it.concurrent.for(pages)(
    '$name: chart text and marks can be seen',
    async ({ name, address, ready, served }, { expect }) => {
      const result = await pools[mode]!.use(async (tab) => {
        const page = await tab.visit(address, ready);
        return mode === 'forced' ? checkChartForcedColours(page) : checkChartContrast(page);
      });
      if (served) {
        total.charts += result.charts;
        total.texts += result.texts;
        total.marks += result.marks;
      }
      expect(report(at(name, mode, result.found))).toEqual([]);
    },
  );

  it(`measured every chart of the built site (${chartsInHtml})`, () => {
    console.info(
      `charts [${mode}]: ${total.charts} charts, ${total.texts} texts, ${total.marks} marks ` +
        `checked on ${served.length} pages`,
    );
    expect(total.charts).toBe(chartsInHtml);
  });
});
