/**
 * Layout under the reader's control: reflow at 320 px (WCAG 1.4.10), text spacing (1.4.12) at desktop
 * and phone widths, and text at 200% (1.4.4): nothing scrolls sideways, nothing is clipped or overlaps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab, type ModeTab } from '../support/browser.ts';
import { applyReaderCss, checkReflow, checkTextFits, LARGE_TEXT_CSS, TEXT_SPACING_CSS } from '../support/a11y/layout.ts';
import { at, report } from '../support/a11y/findings.ts';
import { sitePages } from '../support/pages.ts';

const pages = sitePages();
let desktop: ModeTab, phone: ModeTab;
beforeAll(async () => { [desktop, phone] = await Promise.all([openTab('light'), openTab('narrow')]); });
afterAll(async () => { await Promise.all([desktop.close(), phone.close()]); });

describe('at 320 px', () => {
  it.each(pages)('$name reflows: no sideways scrolling, and with WCAG text spacing no text is clipped or overlaps', async ({ name, address }) => {
    const page = await phone.visit(address);
    const reflow = at(name, 'narrow', await checkReflow(page));
    await applyReaderCss(page, TEXT_SPACING_CSS);
    const spaced = at(name, 'narrow + text spacing', [...(await checkTextFits(page)), ...(await checkReflow(page))]);
    expect(report([...reflow, ...spaced])).toEqual([]);
  });
});

describe('at 1280 px', () => {
  it.each(pages)('$name: with WCAG text spacing no text is clipped or overlaps', async ({ name, address }) => {
    const page = await desktop.visit(address);
    await applyReaderCss(page, TEXT_SPACING_CSS);
    expect(report(at(name, 'light + text spacing', await checkTextFits(page)))).toEqual([]);
  });

  it.each(pages)('$name: with text at 200% nothing is clipped, overlaps or scrolls sideways', async ({ name, address }) => {
    const page = await desktop.visit(address);
    await applyReaderCss(page, LARGE_TEXT_CSS);
    expect(report(at(name, 'light + 200% text', [...(await checkTextFits(page)), ...(await checkReflow(page))]))).toEqual([]);
  });
});
