/** IBM Equal Access on every built page, light and dark: no violation of its WCAG 2.2 A/AA rule set. */
import { afterAll, describe, expect, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { runIbm } from '../support/a11y/ibm.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();
const modes = ['light', 'dark'] as const;
const pools = Object.fromEntries(modes.map((mode) => [mode, tabPool(mode)]));
afterAll(() => Promise.all(Object.values(pools).map((p) => p.close())));

describe.each(modes)('IBM Equal Access in %s mode', (mode) => {
  it.concurrent.for(pages)('$name has no violations', async ({ name, address, ready }, { expect }) => {
    const violations = await pools[mode]!.use(async (tab) => runIbm(await tab.visit(address, ready)));
    expect(report(at(name, mode, violations))).toEqual([]);
  });
});

it('is the checker it says: a page with a text box nobody labelled fails', async () => {
  const pool = tabPool('light', 1);
  try {
    const violations = await pool.use(async (tab) => {
      const page = await tab.visit(pages[0]!.address);
      await page.evaluate(() =>
        document.querySelector('main')!.insertAdjacentHTML('beforeend', '<textarea></textarea>'),
      );
      return runIbm(page);
    });
    expect(violations.map((v) => v.rule)).toContain('input_label_exists');
  } finally {
    await pool.close();
  }
});
