/**
 * Every chart on every page: text and mark contrast in light and dark, system colours in forced colours.
 * The checks report how much they measured; the total must match the charts in the built HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab, type ModeTab } from '../support/browser.ts';
import { checkChartContrast, checkChartForcedColours, type ChartResult } from '../support/a11y/charts.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';
import { page as builtPage } from '../support/site.ts';

const pages = sitePages();
const chartsInHtml = pages.reduce((n, p) => n + builtPage(p.path).querySelectorAll('figure.chart').length, 0);
const measured: Record<string, ChartResult> = {};

describe.each(['light', 'dark', 'forced'] as const)('charts in %s mode', (mode) => {
  let tab: ModeTab;
  const total = (measured[mode] = { found: [], charts: 0, texts: 0, marks: 0 });
  beforeAll(async () => { tab = await openTab(mode); });
  afterAll(() => tab.close());

  it.each(pages)('$name: chart text and marks can be seen', async ({ name, address }) => {
    const page = await tab.visit(address);
    const result = mode === 'forced' ? await checkChartForcedColours(page) : await checkChartContrast(page);
    total.charts += result.charts; total.texts += result.texts; total.marks += result.marks;
    expect(report(at(name, mode, result.found))).toEqual([]);
  });

  it(`measured every chart of the built site (${chartsInHtml})`, () => {
    console.info(`charts [${mode}]: ${total.charts} charts, ${total.texts} texts, ${total.marks} marks checked on ${pages.length} pages`);
    expect(total.charts).toBe(chartsInHtml);
  });
});
