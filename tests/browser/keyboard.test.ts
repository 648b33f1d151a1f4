/** Keyboard alone: skip link first and working, a visible, unobscured focus on every stop, no stops in charts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab, type ModeTab } from '../support/browser.ts';
import { checkKeyboard, checkSkipLink } from '../support/a11y/keyboard.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();

describe.each(['light', 'dark', 'narrow', 'forced'] as const)('keyboard in %s mode', (mode) => {
  let tab: ModeTab;
  beforeAll(async () => { tab = await openTab(mode); });
  afterAll(() => tab.close());

  it.each(pages)('$name: every Tab stop shows focus, skip link first and working', async ({ name, address }) => {
    const walk = await checkKeyboard(await tab.visit(address));
    const skip = await checkSkipLink(await tab.visit(address));
    expect(report(at(name, mode, [...walk, ...skip]))).toEqual([]);
  });
});
