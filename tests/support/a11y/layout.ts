/**
 * Checks axe cannot make about layout: reflow at 320 px (WCAG 1.4.10), and text that is clipped or
 * overlaps once readers space it out (1.4.12) or enlarge it (1.4.4).
 */
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

/** WCAG 1.4.12's overrides, as in the W3C's text spacing bookmarklet. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;
/** A reader's default text size doubled (browser setting "very large"): everything sized in rem or em grows. */
export const LARGE_TEXT_CSS = 'html { font-size: 200% !important; }';

/**
 * Adds reader CSS to the loaded page, the way a reader's own style sheet or extension does: as a
 * constructed style sheet, which the site's Content-Security-Policy rightly leaves alone (a <style>
 * tag would be blocked by it, and bypassing the policy would test a page no reader gets).
 */
export async function applyReaderCss(page: Page, css: string): Promise<void> {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return new Promise((done) => requestAnimationFrame(() => done(null)));
  }, css);
}

/**
 * 1.4.10: no sideways scrolling of the page, with every disclosure opened; any table wider than its
 * box in a scroll region that readers can reach by keyboard (tabindex="0"), with a role and a name
 * (aria-label or aria-labelledby), so it can scroll on its own.
 */
export function checkReflow(page: Page): Promise<RawFinding[]> {
  return page.evaluate(() => {
    const { finding } = window.__a11y;
    const found: RawFinding[] = [];
    // What a reader can open must reflow too: the data tables behind the charts, for one.
    for (const details of document.querySelectorAll('details:not([open])')) (details as HTMLDetailsElement).open = true;
    const width = document.documentElement.clientWidth;
    const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
    const clips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    if (document.documentElement.scrollWidth > width) {
      // Name the outermost elements that stick out past the right edge and are not inside a clipping box.
      const culprits = [...document.body.querySelectorAll('*')].filter((el) => {
        if (el.getBoundingClientRect().right <= width + 1) return false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
          if (clips(p) || p.getBoundingClientRect().right > width + 1) return false;
        return true;
      });
      const detail =
        `the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport, so ` +
        `it scrolls sideways`;
      for (const el of culprits.slice(0, 3)) found.push(finding('page-scrolls-sideways', el, detail));
      if (!culprits.length) found.push(finding('page-scrolls-sideways', document.body, detail));
    }
    for (const table of document.querySelectorAll('table')) {
      let region: Element | null = table.parentElement;
      while (region && region !== document.body && !scrolls(region)) region = region.parentElement;
      const wide = table.getBoundingClientRect().width > (table.parentElement?.clientWidth ?? width) + 1;
      if (!region || region === document.body) {
        if (wide)
          found.push(
            finding(
              'table-scroll-region',
              table,
              'a table wider than its column is not in a scroll region (overflow-x: auto)',
            ),
          );
        continue;
      }
      if (region.scrollWidth <= region.clientWidth + 1) continue; // fits: nothing to scroll to
      const named = region.hasAttribute('aria-label') || region.hasAttribute('aria-labelledby');
      if (region.getAttribute('tabindex') !== '0' || !named || !region.getAttribute('role')) {
        found.push(
          finding(
            'table-scroll-region',
            region,
            'a table scroll region needs tabindex="0", a role (region or group) and a name, so ' +
              'keyboard users can scroll it',
          ),
        );
      }
    }
    return found;
  });
}

/** Text that is cut off by its box, or drawn over other text (after applyReaderCss). */
export function checkTextFits(page: Page): Promise<RawFinding[]> {
  return page.evaluate(() => {
    const { finding, shown, visuallyHidden } = window.__a11y;
    const found: RawFinding[] = [];
    const boxes: { el: Element; r: DOMRect }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent?.trim() || !shown(el) || visuallyHidden(el) || el.closest('script, style, noscript'))
        continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.width > 1 && r.height > 1 && r.bottom > -window.scrollY) boxes.push({ el, r });
    }
    // Clipped: a line box reaching outside an ancestor that hides overflow.
    const clipped = new Set<Element>();
    for (const { el, r } of boxes) {
      for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        const ellipsis = s.textOverflow === 'ellipsis' && p.scrollWidth > p.clientWidth;
        if (s.overflowX === 'visible' && s.overflowY === 'visible' && !ellipsis) continue;
        if (/auto|scroll/.test(s.overflowX + s.overflowY) && !ellipsis) break; // readers can scroll to it
        const box = p.getBoundingClientRect();
        if (
          ellipsis ||
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        ) {
          if (!clipped.has(p))
            found.push(
              finding(
                'text-clipped',
                p,
                `text "${el.textContent!.trim().slice(0, 40)}" is cut off by this box (overflow: ` +
                  `${s.overflowX} ${s.overflowY})`,
              ),
            );
          clipped.add(p);
        }
        break;
      }
    }
    // Overlapping: two different text runs whose line boxes intersect by more than 2px each way.
    boxes.sort((a, b) => a.r.top - b.r.top);
    const reported = new Set<Element>();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length && boxes[j]!.r.top < a.r.bottom - 2; j++) {
        const b = boxes[j]!;
        if (a.el === b.el || reported.has(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 2 && h > 2) {
          reported.add(a.el);
          found.push(
            finding(
              'text-overlap',
              a.el,
              `its text overlaps "${b.el.textContent!.trim().slice(0, 40)}" ` +
                `(${window.__a11y.selector(b.el)}) by ${Math.round(w)}×${Math.round(h)}px`,
            ),
          );
        }
      }
    }
    return found;
  });
}
