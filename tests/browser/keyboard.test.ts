/**
 * Keyboard alone: skip link first and working, a visible, unobscured focus on every stop, its ring
 * uncut, no stops in charts; also in a short window (1024 × 450), where sticky navigation must fit.
 * Every page is walked in light mode; the other modes walk one page of each kind (pages of a kind share
 * one layout), which keeps the walk, 130 pages long in five modes, to about a third.
 */
import { afterAll, describe, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { checkKeyboard, checkSkipLink } from '../support/a11y/keyboard.ts';
import { at, report } from '../support/a11y/findings.ts';
import { onePerKind, sitePages } from '../support/pages.ts';

const pages = sitePages();
const modes = ['light', 'dark', 'narrow', 'forced', 'short'] as const;
const pools = Object.fromEntries(modes.map((mode) => [mode, tabPool(mode)]));
afterAll(() => Promise.all(Object.values(pools).map((p) => p.close())));

describe.each(modes)('keyboard in %s mode', (mode) => {
  it.concurrent.for(mode === 'light' ? pages : onePerKind(pages))(
    '$name: every Tab stop shows focus, skip link first and working',
    async ({ name, address, ready }, { expect }) => {
      const found = await pools[mode]!.use(async (tab) => [
        ...(await checkKeyboard(await tab.visit(address, ready))),
        ...(await checkSkipLink(await tab.visit(address, ready))),
      ]);
      expect(report(at(name, mode, found))).toEqual([]);
    },
  );
});
