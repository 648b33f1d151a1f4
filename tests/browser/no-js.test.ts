/** With JavaScript off, every page reads in full and every chart shows (the report ships no script it needs). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTab, type ModeTab } from '../support/browser.ts';
import { checkNoJs } from '../support/a11y/no-js.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

let scripted: ModeTab, plain: ModeTab;
beforeAll(async () => { [scripted, plain] = await Promise.all([openTab('light'), openTab('noJs')]); });
afterAll(async () => { await Promise.all([scripted.close(), plain.close()]); });

it.each(sitePages())('$name reads in full and shows its charts with JavaScript off', async ({ name, address }) => {
  const [on, off] = await Promise.all([scripted.visit(address), plain.visit(address)]);
  expect(report(at(name, 'no JavaScript', await checkNoJs(on, off)))).toEqual([]);
});
