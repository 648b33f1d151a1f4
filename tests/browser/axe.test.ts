/** axe-core on every built page in each display mode: no violations of WCAG 2.2 A/AA or best practice. */
import { afterAll, describe, expect, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { coverFor, runAxe, UNDECIDED_COVERED, type AxeRuns } from '../support/a11y/axe.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();
const modes = ['light', 'dark', 'narrow', 'forced'] as const;
const pools = Object.fromEntries(modes.map((mode) => [mode, tabPool(mode)]));
const runs: AxeRuns = { ran: new Set(), undecided: [] };
afterAll(() => Promise.all(Object.values(pools).map((p) => p.close())));

describe.each(modes)('axe in %s mode', (mode) => {
  it.concurrent.for(pages)('$name has no violations', async ({ name, address, ready }, { expect }) => {
    const { violations, undecided } = await pools[mode]!.use(async (tab) => runAxe(await tab.visit(address, ready)));
    runs.ran.add(`${name} [${mode}]`);
    runs.undecided.push(...undecided.map((u) => ({ ...u, page: name, mode })));
    expect(report(at(name, mode, violations))).toEqual([]);
  });
});

it('leaves nothing undecided that another check does not cover', () => {
  expect(runs.ran.size).toBe(pages.length * modes.length);
  const uncovered = runs.undecided.filter((u) => !coverFor(u, runs));
  for (const [rule, ways] of Object.entries(UNDECIDED_COVERED)) {
    for (const way of ways) {
      const count = runs.undecided.filter((u) => u.rule === rule && coverFor(u, runs) === way).length;
      console.info(`axe left ${rule} undecided on ${count} elements; covered: ${way.how}`);
    }
  }
  expect(uncovered.map((u) => `${u.page} [${u.mode}] ${u.rule} undecided: ${u.why}\n    at ${u.selector}`)).toEqual([]);
});
