/**
 * The suite can fail: each page in tests/fixtures/broken/ is broken on purpose and names, in
 * <meta name="suite-expects" content="CHECK RULE">, the check that must catch it and the rule it must
 * report. tests/fixtures/sound/chart.html is a chart made right: every check passes it and the chart
 * checks measure it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabPool, type Mode, type TabPool } from '../support/browser.ts';
import { coverFor, runAxe } from '../support/a11y/axe.ts';
import { checkChartContrast, checkChartForcedColours } from '../support/a11y/charts.ts';
import { at, describeFinding, type RawFinding } from '../support/a11y/findings.ts';
import { checkKeyboard, checkSkipLink } from '../support/a11y/keyboard.ts';
import {
  applyReaderCss,
  checkReflow,
  checkTextFits,
  LARGE_TEXT_CSS,
  TEXT_SPACING_CSS,
} from '../support/a11y/layout.ts';
import { checkNoJs } from '../support/a11y/no-js.ts';
import { checkStructure } from '../support/a11y/structure.ts';
import { validateHtml } from '../support/a11y/vnu.ts';
import { serveSite, type SiteServer } from '../support/serve.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const broken = readdirSync(join(FIXTURES, 'broken'))
  .filter((f) => f.endsWith('.html'))
  .sort();
const expectations = broken.flatMap((file) =>
  [
    ...readFileSync(join(FIXTURES, 'broken', file), 'utf8').matchAll(
      /<meta name="suite-expects" content="(\S+) (\S+)">/g,
    ),
  ].map(([, check, rule]) => ({ file, check: check!, rule: rule! })),
);
const inBrowser = expectations.filter((e) => e.check !== 'vnu');
const invalid = expectations.filter((e) => e.check === 'vnu').map((e) => `broken/${e.file}`);

let server: SiteServer;
const pools = new Map<Mode, TabPool>();
const pool = (mode: Mode) => pools.get(mode) ?? pools.set(mode, tabPool(mode)).get(mode)!;
/** Runs `check` on `address` opened in a tab of `mode` that no other test holds meanwhile. */
const on = <T>(mode: Mode, address: string, check: (page: Page) => Promise<T>): Promise<T> =>
  pool(mode).use(async (tab) => check(await tab.visit(address)));
beforeAll(async () => {
  server = await serveSite(FIXTURES);
});
afterAll(async () => {
  await Promise.all([...pools.values()].map((p) => p.close()));
  await server.close();
});

const spaced = (css: string) => async (page: Page) => {
  await applyReaderCss(page, css);
  return checkTextFits(page);
};

/** Each browser check by the name fixtures use, run the way the site tests run it. */
const CHECKS: Record<string, (address: string) => Promise<RawFinding[]>> = {
  axe: async (a) => (await on('light', a, runAxe)).violations,
  'axe-dark': async (a) => (await on('dark', a, runAxe)).violations,
  'axe-narrow': async (a) => (await on('narrow', a, runAxe)).violations,
  'axe-forced': async (a) => (await on('forced', a, runAxe)).violations,
  reflow: (a) => on('narrow', a, checkReflow),
  'text-spacing': (a) => on('light', a, spaced(TEXT_SPACING_CSS)),
  'large-text': (a) =>
    on('light', a, async (page) => [...(await spaced(LARGE_TEXT_CSS)(page)), ...(await checkReflow(page))]),
  keyboard: async (a) => [...(await on('light', a, checkKeyboard)), ...(await on('light', a, checkSkipLink))],
  'keyboard-forced': (a) => on('forced', a, checkKeyboard),
  structure: (a) => on('light', a, (page) => checkStructure(page, 'en-GB')),
  charts: async (a) => [
    ...(await on('light', a, checkChartContrast)).found,
    ...(await on('dark', a, checkChartContrast)).found,
  ],
  'charts-forced': async (a) => (await on('forced', a, checkChartForcedColours)).found,
  // Light first, then no-JS: every test takes two modes in the same order (see TabPool).
  'no-js': (a) =>
    pool('light').use(async (js) => pool('noJs').use(async (off) => checkNoJs(await js.visit(a), await off.visit(a)))),
};

describe('each broken fixture is caught, with its rule named', () => {
  it.concurrent.for(inBrowser)('$check catches $rule in $file', async ({ file, check, rule }, { expect }) => {
    expect(CHECKS, `unknown check "${check}" in ${file}`).toHaveProperty([check]);
    const findings = at(file, check, await CHECKS[check]!(`${server.root}broken/${file}`));
    const caught = findings.find((f) => f.rule === rule);
    expect(
      caught,
      `${check} did not report ${rule}; it reported:\n${findings.map(describeFinding).join('\n')}`,
    ).toBeDefined();
    // The failure line names the page, the mode, the rule and the element.
    expect(describeFinding(caught!)).toMatch(new RegExp(`^${file} \\[${check}\\] ${rule}: .+\\n {4}at \\S.*: <`));
  });

  it(`the Nu HTML Checker reports ${invalid.join(', ')} and passes the sound page`, () => {
    expect(invalid.length).toBeGreaterThan(0);
    const findings = validateHtml(
      [...invalid, 'sound/chart.html'].map((f) => join(FIXTURES, f)),
      FIXTURES,
    );
    for (const page of invalid)
      expect(findings.filter((f) => f.page === page && f.rule === 'html-valid').length, page).toBeGreaterThan(0);
    expect(findings.filter((f) => f.page === 'sound/chart.html').map(describeFinding)).toEqual([]);
  });
});

describe('a sound chart passes every check', () => {
  const sound = () => `${server.root}sound/chart.html`;
  it.concurrent.for(Object.keys(CHECKS))('%s finds nothing wrong', async (check, { expect }) => {
    expect(at('sound/chart.html', check, await CHECKS[check]!(sound())).map(describeFinding)).toEqual([]);
  });

  it('the chart checks measure its texts and marks in every mode', async () => {
    for (const mode of ['light', 'dark'] as const) {
      expect(await on(mode, sound(), checkChartContrast)).toMatchObject({ charts: 1, texts: 4, marks: 3 });
    }
    expect(await on('forced', sound(), checkChartForcedColours)).toMatchObject({ charts: 1, texts: 4, marks: 2 });
  });

  it('what axe leaves undecided on it (its SVG text contrast) is covered by the chart checks', async () => {
    const { undecided } = await on('light', sound(), runAxe);
    const runs = {
      ran: new Set(['sound/chart.html [light]']),
      undecided: undecided.map((u) => ({ ...u, page: 'sound/chart.html', mode: 'light' })),
    };
    expect(undecided.map((u) => u.rule)).toContain('color-contrast');
    expect(runs.undecided.filter((u) => !coverFor(u, runs))).toEqual([]);
  });
});
