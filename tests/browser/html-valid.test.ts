/** Valid HTML on every built page, by the Nu HTML Checker: assistive technology relies on a sound DOM. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { report } from '../support/a11y/findings.ts';
import { validateHtml } from '../support/a11y/vnu.ts';
import { builtPages, DIST } from '../support/site.ts';

it('the Nu HTML Checker finds no errors in any built page', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(0);
  expect(
    report(
      validateHtml(
        pages.map((p) => join(DIST, p)),
        DIST,
      ),
    ),
  ).toEqual([]);
});
