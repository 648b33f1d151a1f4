/**
 * Keyboard checks, made the way a keyboard user meets the page: press Tab from the top and look.
 * The first stop is the skip link and it moves focus to main (WCAG 2.4.1); every stop shows a focus
 * indicator, measured in pixels against the same spot unfocused (2.4.7), that nothing covers and that
 * no edge cuts, neither the window's nor a scrolling box's such as a sticky list too long for it (2.4.11);
 * and nothing inside a chart's image is a stop, since the image is one picture with its data given in
 * text beside it (the data table, the figure's links and the download are stops, as they should be).
 */
import type { CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { RawFinding } from './in-page.ts';
import { changedPixels } from './pixels.ts';

/** Tab stops after which the walk gives up (a page this long would be a finding in itself). */
const MAX_STOPS = 400;
/** Pixels around the element's box where an indicator (outline, offset, shadow) may be drawn. */
const PAD = 8;
/** Pixels past the box the site's focus ring reaches (a 3px outline, a 4px underline shadow). */
const RING = 4;

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Stop {
  /** The element, as a finding with its rule and detail still to fill in. */
  raw: RawFinding;
  /** Focus fell back to the document: the walk has been round the page. */
  body: boolean;
  /** The element's box and pad in document coordinates, cut to the viewport (what the reader sees). */
  clip: Clip | null;
  /** Where the page was scrolled when the stop was focused. */
  scroll: { x: number; y: number };
  skipTarget: string | null;
  mainId: string | null;
  inChart: boolean;
  /** What covers the element's centre, if anything. */
  coveredBy: string | null;
  onScreen: boolean;
  /** The ring's box does not fit in what the window and any clipping box around the element show. */
  ringCut: boolean;
}

/** Reads the focused element: what it is, where it is, and whether something covers it. */
function focused(page: Page, pad: number, ring: number): Promise<Stop> {
  return page.evaluate(
    ({ pad, ring }) => {
      const { finding, selector } = window.__a11y;
      const el = document.activeElement ?? document.body;
      // The part of its first box in the window (a scroll region may be taller than the window).
      const first = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const [seenTop, seenBottom] = [Math.max(0, first.top), Math.min(innerHeight, first.bottom)];
      const [cx, cy] = [first.left + first.width / 2, (seenTop + seenBottom) / 2];
      const onScreen = seenBottom > seenTop && cx >= 0 && cx <= innerWidth;
      const hit = onScreen ? document.elementFromPoint(cx, cy) : null;
      const coveredBy = hit && !el.contains(hit) && !hit.contains(el) ? selector(hit) : null;
      // The browser scrolls a stop just into view, which can leave an indicator drawn outside the box
      // (an underline, an outline) past the window's edge: bring box and pad into view as a reader would.
      let r = el.getBoundingClientRect();
      if (r.height + 2 * pad <= innerHeight && (r.top - pad < 0 || r.bottom + pad > innerHeight)) {
        window.scrollBy(0, r.top - pad < 0 ? r.top - pad : r.bottom + pad - innerHeight);
        r = el.getBoundingClientRect();
      }
      // What is seen of the page around the element: the window, cut by each box that clips its overflow.
      const seen = { top: 0, left: 0, bottom: innerHeight, right: innerWidth };
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = p.getBoundingClientRect();
        const [t, l] = [b.top + p.clientTop, b.left + p.clientLeft];
        Object.assign(seen, {
          top: Math.max(seen.top, t),
          left: Math.max(seen.left, l),
          bottom: Math.min(seen.bottom, t + p.clientHeight),
          right: Math.min(seen.right, l + p.clientWidth),
        });
      }
      const fits = r.height + 2 * ring <= seen.bottom - seen.top && r.width + 2 * ring <= seen.right - seen.left;
      const ringCut =
        fits &&
        (r.top - ring < seen.top - 0.5 ||
          r.bottom + ring > seen.bottom + 0.5 ||
          r.left - ring < seen.left - 0.5 ||
          r.right + ring > seen.right + 0.5);
      const [left, top] = [Math.max(0, Math.floor(r.left - pad)), Math.max(0, Math.floor(r.top - pad))];
      const [right, bottom] = [
        Math.min(innerWidth, Math.ceil(r.right + pad)),
        Math.min(innerHeight, Math.ceil(r.bottom + pad)),
      ];
      const href = el.getAttribute('href') ?? '';
      return {
        raw: finding('', el, ''),
        body: el === document.body || el === document.documentElement,
        clip:
          right > left && bottom > top
            ? { x: left + scrollX, y: top + scrollY, width: right - left, height: bottom - top }
            : null,
        scroll: { x: scrollX, y: scrollY },
        skipTarget: href.startsWith('#') ? href.slice(1) : null,
        mainId: document.querySelector('main')?.id ?? null,
        inChart: !!el.closest('svg, [role="img"]'),
        coveredBy,
        onScreen,
        ringCut,
      };
    },
    { pad, ring },
  );
}

/** A PNG of `clip` (document coordinates) as the page is painted now, without moving it. */
async function capture(cdp: CDPSession, clip: Clip): Promise<PNG> {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 } });
  return PNG.sync.read(Buffer.from(data, 'base64'));
}

/**
 * Tabs through the whole page once, from the top, checking every stop. Each stop's spot is captured
 * focused, then again after the walk with nothing focused and the page scrolled back to where it was,
 * so sticky parts of the page sit in the same place in both pictures.
 */
export async function checkKeyboard(page: Page): Promise<RawFinding[]> {
  const cdp = await page.context().newCDPSession(page);
  const found: RawFinding[] = [];
  const shots: { stop: Stop; focused: PNG }[] = [];
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  try {
    for (let i = 0; i < MAX_STOPS; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page, PAD, RING);
      const at = (rule: string, detail: string) => found.push({ ...stop.raw, rule, detail });
      if (stop.body || seen.has(stop.raw.selector)) break;
      seen.add(stop.raw.selector);
      if (i === 0 && (!stop.mainId || stop.skipTarget !== stop.mainId)) {
        at(
          'skip-link-first',
          `the first Tab stop should be a "Skip to main content" link to #${stop.mainId ?? '(main has no id)'}`,
        );
      }
      if (stop.inChart)
        at(
          'tab-stop-in-chart',
          'a Tab stop inside a chart\'s image: the image is one picture (role="img"); its data ' +
            'belongs in text outside the SVG',
        );
      if (!stop.onScreen) at('focus-off-screen', 'the focused element is not scrolled into view');
      if (stop.coveredBy) at('focus-obscured', `the focused element is hidden behind ${stop.coveredBy}`);
      if (stop.onScreen && stop.ringCut)
        at(
          'focus-ring-cut',
          `the focus ring (${RING}px around the element) is cut by the edge of the window or of a ` +
            `scrolling box around it`,
        );
      if (!stop.clip) at('focus-not-visible', 'the focused element has no visible box');
      else shots.push({ stop, focused: await capture(cdp, stop.clip) });
    }
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (const { stop, focused: shot } of shots) {
      await page.evaluate(({ x, y }) => window.scrollTo(x, y), stop.scroll);
      const changed = changedPixels(await capture(cdp, stop.clip!), shot, { x: 0, y: 0 });
      const needed = Math.max(16, stop.clip!.width - 2 * PAD);
      if (changed < needed)
        found.push({
          ...stop.raw,
          rule: 'focus-not-visible',
          detail: `focusing changes ${changed} pixels by 3:1 contrast or more; a visible indicator needs at least ${needed} (a 1px line along the element)`,
        });
    }
  } finally {
    await cdp.detach();
  }
  return found;
}

/** The skip link, used: Tab once from the top, press Enter; focus must land on main. */
export async function checkSkipLink(page: Page): Promise<RawFinding[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement!;
    const main = document.querySelector('main');
    const target = el instanceof HTMLAnchorElement && el.hash ? document.getElementById(el.hash.slice(1)) : null;
    const toMain = !!main && el instanceof HTMLAnchorElement && el.pathname === location.pathname && target === main;
    return {
      toMain,
      at: window.__a11y.finding('skip-link-target', el, 'the first Tab stop is not a link to <main> on this page'),
    };
  });
  if (!first.toMain) return [first.at]; // pressing Enter would leave the page
  await page.keyboard.press('Enter');
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const el = document.activeElement!;
    if (main && (el === main || main.contains(el))) return [];
    return [
      window.__a11y.finding(
        'skip-link-target',
        el,
        'after Tab then Enter, focus is here and not on <main>: the skip link must move focus to main',
      ),
    ];
  });
}
