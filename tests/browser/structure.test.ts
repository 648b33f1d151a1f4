/** Headings and language on every page: one h1, no skipped levels, lang on html and on foreign passages. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { openTab, type ModeTab } from '../support/browser.ts';
import { checkStructure } from '../support/a11y/structure.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const { lang } = loadData(process.cwd()).book;
let tab: ModeTab;
beforeAll(async () => { tab = await openTab('light'); });
afterAll(() => tab.close());

it.each(sitePages())('$name: one h1, no skipped heading levels, every passage in its language', async ({ name, address }) => {
  expect(report(at(name, 'light', await checkStructure(await tab.visit(address), lang)))).toEqual([]);
});
