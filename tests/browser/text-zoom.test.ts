/**
 * Text at 200% (WCAG 1.4.4), as a reader's larger default text gives it: the largest text on every page
 * (headings, the cover's title, the key findings' stats) doubles, as body text does. A size built on
 * the window's width (vw) grows less, and the page's hierarchy flattens exactly when it is needed.
 */
import { afterAll, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { applyReaderCss, LARGE_TEXT_CSS } from '../support/a11y/layout.ts';
import { sitePages } from '../support/pages.ts';

const LARGEST = 'h1, h2, .cover__title, .key-finding__stat:not(.key-finding__stat--long)';
const desktop = tabPool('light'),
  phone = tabPool('narrow');
afterAll(() => Promise.all([desktop.close(), phone.close()]));

const sizes = (page: import('playwright-core').Page) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].map((el) => ({
        what: `${el.tagName.toLowerCase()}.${el.className}`,
        px: parseFloat(getComputedStyle(el).fontSize),
      })),
    LARGEST,
  );

it.concurrent.for(
  sitePages()
    .filter((p) => p.served)
    .flatMap((p) => [
      { ...p, pool: 'desktop' },
      { ...p, pool: 'phone' },
    ]),
)('$name ($pool): 200% text doubles the largest text', async ({ address, pool }, { expect }) => {
  const [before, after] = await (pool === 'desktop' ? desktop : phone).use(async (tab) => {
    const page = await tab.visit(address);
    const first = await sizes(page);
    await applyReaderCss(page, LARGE_TEXT_CSS);
    return [first, await sizes(page)];
  });
  expect(before.length).toBeGreaterThan(0);
  const ratios = before.map((b, i) => ({ what: b.what, ratio: Math.round((after[i]!.px / b.px) * 100) / 100 }));
  expect(ratios.filter((r) => r.ratio < 2)).toEqual([]);
});
