/** With JavaScript off, every page reads in full and shows its charts (the report ships no script it needs). */
import { afterAll, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { checkNoJs } from '../support/a11y/no-js.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const scripted = tabPool('light'),
  plain = tabPool('noJs');
afterAll(() => Promise.all([scripted.close(), plain.close()]));

// Pages as served: a state only a script reaches (search results) has nothing to compare with.
it.concurrent.for(sitePages().filter((p) => p.served))(
  '$name reads in full and shows its charts with JavaScript off',
  async ({ name, address }, { expect }) => {
    const found = await scripted.use((on) =>
      plain.use(async (off) => checkNoJs(await on.visit(address), await off.visit(address))),
    );
    expect(report(at(name, 'no JavaScript', found))).toEqual([]);
  },
);
