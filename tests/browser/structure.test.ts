/** Headings and language on every page: one h1, no skipped levels, lang on html and on foreign passages. */
import { afterAll, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { tabPool } from '../support/browser.ts';
import { checkStructure } from '../support/a11y/structure.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const { lang } = loadData(process.cwd()).book;
const tabs = tabPool('light');
afterAll(() => tabs.close());

it.concurrent.for(sitePages())(
  '$name: one h1, no skipped heading levels, every passage in its language',
  async ({ name, address, ready }, { expect }) => {
    const found = await tabs.use(async (tab) => checkStructure(await tab.visit(address, ready), lang));
    expect(report(at(name, 'light', found))).toEqual([]);
  },
);
