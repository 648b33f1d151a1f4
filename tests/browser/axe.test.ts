/** axe-core on every built page in each display mode: no violations of WCAG 2.2 A/AA or best practice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab, type ModeTab } from '../support/browser.ts';
import { runAxe, UNDECIDED_COVERED, type Undecided } from '../support/a11y/axe.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();
const modes = ['light', 'dark', 'narrow', 'forced'] as const;
const undecided: (Undecided & { page: string; mode: string })[] = [];

describe.each(modes)('axe in %s mode', (mode) => {
  let tab: ModeTab;
  beforeAll(async () => { tab = await openTab(mode); });
  afterAll(() => tab.close());

  it.each(pages)('$name has no violations', async ({ name, address }) => {
    const { violations, undecided: open } = await runAxe(await tab.visit(address));
    undecided.push(...open.map((u) => ({ ...u, page: name, mode })));
    expect(report(at(name, mode, violations))).toEqual([]);
  });
});

it('leaves nothing undecided that another check does not cover', () => {
  const uncovered = undecided.filter((u) => !UNDECIDED_COVERED[u.rule]?.covers(u));
  for (const [rule, { how }] of Object.entries(UNDECIDED_COVERED)) {
    const count = undecided.filter((u) => u.rule === rule && !uncovered.includes(u)).length;
    console.info(`axe left ${rule} undecided on ${count} elements; covered: ${how}`);
  }
  expect(uncovered.map((u) => `${u.page} [${u.mode}] ${u.rule} undecided: ${u.why}\n    at ${u.selector}`)).toEqual([]);
});
