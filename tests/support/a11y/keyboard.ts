/**
 * Keyboard checks, made the way a keyboard user meets the page: press Tab from the top and look.
 * The first stop is the skip link and it moves focus to main (WCAG 2.4.1); every stop shows a focus
 * indicator, measured in pixels against the unfocused page (2.4.7), that nothing covers (2.4.11); and
 * nothing inside a chart is a stop, since a chart is one image with its data given in text.
 */
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { RawFinding } from './in-page.ts';
import { changedPixels } from './pixels.ts';

/** Tab stops after which the walk gives up (a page this long would be a finding in itself). */
const MAX_STOPS = 400;

interface Stop {
  /** The element, as a finding with its rule and detail still to fill in. */
  raw: RawFinding;
  /** Focus fell back to the document: the walk has been round the page. */
  body: boolean;
  /** The element's box at scroll 0, in page coordinates, as full-page screenshots draw it. */
  box: { x: number; y: number; width: number; height: number };
  skipTarget: string | null;
  inChart: boolean;
  /** What covers the element's centre, if anything. */
  coveredBy: string | null;
  onScreen: boolean;
}

/** Reads the focused element: what it is, where it is, and whether something covers it. */
async function focused(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const { finding, selector } = window.__a11y;
    const el = document.activeElement ?? document.body;
    const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const [cx, cy] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
    const onScreen = cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight;
    const hit = onScreen ? document.elementFromPoint(cx, cy) : null;
    const coveredBy = hit && !el.contains(hit) && !hit.contains(el) ? selector(hit) : null;
    window.scrollTo(0, 0);
    const r = el.getBoundingClientRect();
    const href = el.getAttribute('href') ?? '';
    return {
      raw: finding('', el, ''),
      body: el === document.body || el === document.documentElement,
      box: { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height },
      skipTarget: href.startsWith('#') ? href.slice(1) : null,
      inChart: !!el.closest('svg, figure.chart'),
      coveredBy,
      onScreen,
    };
  });
}

/** Tabs through the whole page once, from the top, checking every stop. */
export async function checkKeyboard(page: Page): Promise<RawFinding[]> {
  const found: RawFinding[] = [];
  await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
  const base = PNG.sync.read(await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }));
  const seen = new Set<string>();
  for (let i = 0; i < MAX_STOPS; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    const at = (rule: string, detail: string) => found.push({ ...stop.raw, rule, detail });
    if (stop.body || seen.has(stop.raw.selector)) break;
    seen.add(stop.raw.selector);
    if (i === 0) {
      const main = await page.evaluate(() => document.querySelector('main')?.id ?? null);
      if (!main || stop.skipTarget !== main) at('skip-link-first', `the first Tab stop should be a "Skip to main content" link to #${main ?? '(main has no id)'}`);
    }
    if (stop.inChart) at('tab-stop-in-chart', 'a Tab stop inside a chart: a chart is one image (role="img"); its data belongs in text outside the SVG');
    if (!stop.onScreen) at('focus-off-screen', 'the focused element is not scrolled into view');
    if (stop.coveredBy) at('focus-obscured', `the focused element is hidden behind ${stop.coveredBy}`);
    const pad = 8;
    const clip = {
      x: Math.max(0, Math.floor(stop.box.x - pad)),
      y: Math.max(0, Math.floor(stop.box.y - pad)),
      width: Math.ceil(stop.box.width + 2 * pad),
      height: Math.ceil(stop.box.height + 2 * pad),
    };
    clip.width = Math.min(clip.width, base.width - clip.x);
    clip.height = Math.min(clip.height, base.height - clip.y);
    if (clip.width <= 0 || clip.height <= 0) { at('focus-not-visible', 'the focused element has no visible box'); continue; }
    const shot = PNG.sync.read(await page.screenshot({ fullPage: true, clip, animations: 'disabled', caret: 'hide' }));
    const changed = changedPixels(base, shot, clip);
    const needed = Math.max(16, Math.round(stop.box.width));
    if (changed < needed) at('focus-not-visible', `focusing changes ${changed} pixels by 3:1 contrast or more; a visible indicator needs at least ${needed} (a 1px line along the element)`);
  }
  return found;
}

/** The skip link, used: Tab once, press Enter; focus must land on main. */
export async function checkSkipLink(page: Page): Promise<RawFinding[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement!;
    const main = document.querySelector('main');
    const target = el instanceof HTMLAnchorElement && el.hash ? document.getElementById(el.hash.slice(1)) : null;
    const toMain = !!main && el instanceof HTMLAnchorElement && el.pathname === location.pathname && target === main;
    return { toMain, at: window.__a11y.finding('skip-link-target', el, 'the first Tab stop is not a link to <main> on this page') };
  });
  if (!first.toMain) return [first.at]; // pressing Enter would leave the page
  await page.keyboard.press('Enter');
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const el = document.activeElement!;
    if (main && (el === main || main.contains(el))) return [];
    return [window.__a11y.finding('skip-link-target', el, 'after Tab then Enter, focus is here and not on <main>: the skip link must move focus to main')];
  });
}
