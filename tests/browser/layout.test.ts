/**
 * Layout under the reader's control: reflow at 320 px (WCAG 1.4.10), text spacing (1.4.12) at desktop
 * and phone widths, and text at 200% (1.4.4): nothing scrolls sideways, nothing is clipped or overlaps.
 */
import { afterAll, describe, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import {
  applyReaderCss,
  checkReflow,
  checkTextFits,
  LARGE_TEXT_CSS,
  TEXT_SPACING_CSS,
} from '../support/a11y/layout.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();
const desktop = tabPool('light'),
  phone = tabPool('narrow');
afterAll(() => Promise.all([desktop.close(), phone.close()]));

describe('at 320 px', () => {
  it.concurrent.for(pages)(
    '$name reflows: no sideways scrolling, and with WCAG text spacing no text is clipped or overlaps',
    async ({ name, address, ready }, { expect }) => {
      const found = await phone.use(async (tab) => {
        const page = await tab.visit(address, ready);
        const reflow = at(name, 'narrow', await checkReflow(page));
        await applyReaderCss(page, TEXT_SPACING_CSS);
        return [
          ...reflow,
          ...at(name, 'narrow + text spacing', [...(await checkTextFits(page)), ...(await checkReflow(page))]),
        ];
      });
      expect(report(found)).toEqual([]);
    },
  );
});

describe('at 1280 px', () => {
  it.concurrent.for(pages)(
    '$name: with WCAG text spacing no text is clipped or overlaps',
    async ({ name, address, ready }, { expect }) => {
      const found = await desktop.use(async (tab) => {
        const page = await tab.visit(address, ready);
        await applyReaderCss(page, TEXT_SPACING_CSS);
        return checkTextFits(page);
      });
      expect(report(at(name, 'light + text spacing', found))).toEqual([]);
    },
  );

  it.concurrent.for(pages)(
    '$name: with text at 200% nothing is clipped, overlaps or scrolls sideways',
    async ({ name, address, ready }, { expect }) => {
      const found = await desktop.use(async (tab) => {
        const page = await tab.visit(address, ready);
        await applyReaderCss(page, LARGE_TEXT_CSS);
        return [...(await checkTextFits(page)), ...(await checkReflow(page))];
      });
      expect(report(at(name, 'light + 200% text', found))).toEqual([]);
    },
  );
});
