/**
 * axe-core in the page: the WCAG 2.2 AA rules and Deque's best practices, as GOV.UK Frontend and
 * Starlight run them. Violations become findings; what axe cannot decide ("incomplete") is returned
 * so the suite can show that another check covers it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The standards checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus best practice. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Rules switched off, each with its reason and a link. Empty: every rule runs. Add an entry only with a
 * reason a reviewer can check.
 */
export const AXE_RULES_OFF: Record<string, { reason: string; link: string }> = {};

/** A rule axe could not decide on some element: the suite's other checks must cover it. */
export interface Undecided {
  rule: string;
  selector: string;
  why: string;
  /** The element is inside a chart's SVG. */
  inChart: boolean;
  /** The element is inside a box that scrolls sideways (a wide table's region), so it may be out of view. */
  inScrollRegion: boolean;
}

/** An undecided item where it was met, and every axe run of the suite, to look for the run that decided it. */
export interface UndecidedAt extends Undecided {
  page: string;
  mode: string;
}
export interface AxeRuns {
  /** "page [mode]" of every run made. */
  ran: Set<string>;
  undecided: UndecidedAt[];
}

/** axe ran on `page` in `mode` and decided (passed or failed) the element `u` names there. */
const decidedIn = (runs: AxeRuns, u: UndecidedAt, page: string, mode: string): boolean =>
  runs.ran.has(`${page} [${mode}]`) &&
  !runs.undecided.some((o) => o.page === page && o.mode === mode && o.rule === u.rule && o.selector === u.selector);

/**
 * What axe may leave undecided, and the check that decides it instead. Anything else it leaves open
 * fails the suite, so a new kind of "incomplete" cannot pass unnoticed.
 */
export const UNDECIDED_COVERED: Record<string, { covers: (u: UndecidedAt, runs: AxeRuns) => boolean; how: string }[]> =
  {
    'color-contrast': [
      {
        covers: (u) => u.inChart,
        how: 'SVG text in a chart (axe cannot find what is behind it): charts.test.ts measures each chart text against the mark or page behind it, in light and dark (chart-text-contrast)',
      },
      {
        covers: (u, runs) => u.mode === 'narrow' && u.inScrollRegion && decidedIn(runs, u, u.page, 'light'),
        how: 'text of a wide table scrolled out of view in its region at 320 px: axe decides the same element, in the same colours, in light mode at 1280 px where it is in view',
      },
    ],
    'aria-required-children': [
      {
        covers: (u, runs) =>
          [...runs.ran].some(
            (run) =>
              run.startsWith(`${u.page}?`) &&
              run.endsWith(`[${u.mode}]`) &&
              decidedIn(runs, u, run.slice(0, run.lastIndexOf(' [')), u.mode),
          ),
        how: 'a list a script fills (the search results), empty as served: axe decides it on the same page in the same mode with results showing',
      },
    ],
  };

/** The way UNDECIDED_COVERED covers `u`, if any. */
export const coverFor = (u: UndecidedAt, runs: AxeRuns) => UNDECIDED_COVERED[u.rule]?.find((c) => c.covers(u, runs));

/** Runs axe on the loaded page; returns its violations (one finding per element) and what it could not decide. */
export async function runAxe(page: Page): Promise<{ violations: RawFinding[]; undecided: Undecided[] }> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries(Object.keys(AXE_RULES_OFF).map((id) => [id, { enabled: false }]));
  return page.evaluate(
    async ([tags, rules]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules,
        resultTypes: ['violations', 'incomplete'],
        elementRef: true,
      });
      const flat = (s?: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
      return {
        violations: results.violations.flatMap((r) =>
          r.nodes.map((n) => ({
            rule: r.id,
            detail: `${r.help} (${r.impact}; ${flat(n.failureSummary)})`,
            selector: n.target.map(String).join(' '),
            snippet: flat(n.html).slice(0, 140),
          })),
        ),
        undecided: results.incomplete.flatMap((r) =>
          r.nodes.map((n) => ({
            rule: r.id,
            selector: n.target.map(String).join(' '),
            why: flat([...n.any, ...n.all, ...n.none].map((c) => c.message).join(' ')),
            inChart: !!(n.element as Element | undefined)?.closest('figure.chart svg'),
            inScrollRegion: (() => {
              for (let p = (n.element as Element | undefined)?.parentElement; p; p = p.parentElement)
                if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return true;
              return false;
            })(),
          })),
        ),
      };
    },
    [AXE_TAGS, rules] as const,
  );
}
