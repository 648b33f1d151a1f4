/**
 * The search page is laid out once: loading it moves nothing, with JavaScript (the form shows from the
 * first paint) or without (the list of chapters shows from the first paint), on a desktop and a phone.
 * Measured as Chromium reports it to the page, by the layout-shift PerformanceObserver; with scripts off
 * no observer can run in the page, so the same entries are read from the DevTools protocol's
 * PerformanceTimeline, which is what feeds the observer.
 */
import { afterAll, expect, inject, it } from 'vitest';
import { openTab, type Mode, type ModeTab } from '../support/browser.ts';
import { searchWord } from '../support/pages.ts';

const tabs: ModeTab[] = [];
afterAll(() => Promise.all(tabs.map((t) => t.close())));

const address = (query = '') => `${inject('siteOrigin')}search/${query}`;

/** Layout shifts without a page script: the protocol's timeline, enabled before the page loads. */
async function timelineShift(tab: ModeTab, settle: number): Promise<{ score: number; moved: string[] }> {
  const cdp = await tab.page.context().newCDPSession(tab.page);
  const shifts: { value: number; moved: string[] }[] = [];
  cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => {
    const shift = event.layoutShiftDetails;
    if (shift && !shift.hadRecentInput)
      shifts.push({ value: shift.value, moved: shift.sources.map((s) => `node ${s.nodeId ?? '?'}`) });
  });
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['layout-shift'] });
  await tab.page.goto(address(), { waitUntil: 'load' });
  await tab.page.waitForTimeout(settle);
  await cdp.detach();
  return { score: shifts.reduce((sum, s) => sum + s.value, 0), moved: shifts.flatMap((s) => s.moved) };
}

/** The page's cumulative layout shift from navigation until `settle` ms after load. */
async function layoutShift(mode: Mode, query = '', settle = 1500): Promise<{ score: number; moved: string[] }> {
  const tab = await openTab(mode);
  tabs.push(tab);
  if (mode === 'noJs') return timelineShift(tab, settle);
  await tab.page.goto(address(query), { waitUntil: 'load' });
  // With a query, the results are part of loading: wait for them before measuring on.
  if (query) await tab.page.waitForSelector('[data-search-results] > li', { timeout: 20_000 });
  // `buffered` hands over the shifts from before the observer started, back to the first paint.
  return tab.page.evaluate(
    (settle) =>
      new Promise((resolve) => {
        const shifts: { value: number; moved: string[] }[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node }[];
          })[]) {
            if (!e.hadRecentInput)
              shifts.push({
                value: e.value,
                moved: e.sources.map(
                  (s) => (s.node as Element | undefined)?.className?.toString() ?? s.node?.nodeName ?? '?',
                ),
              });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(
          () => resolve({ score: shifts.reduce((sum, s) => sum + s.value, 0), moved: shifts.flatMap((s) => s.moved) }),
          settle,
        );
      }),
    settle,
  );
}

it.each(['light', 'narrow', 'noJs'] as const)(
  'the search page loads without moving (layout shift 0) in %s mode',
  async (mode) => {
    const { score, moved } = await layoutShift(mode);
    expect({ score, moved }).toEqual({ score: 0, moved: [] });
  },
);

it.each(['light', 'narrow'] as const)(
  'opened with a query, it shows the results without moving (layout shift 0) in %s mode',
  async (mode) => {
    const { score, moved } = await layoutShift(mode, `?q=${searchWord()}`);
    expect({ score, moved }).toEqual({ score: 0, moved: [] });
  },
);
