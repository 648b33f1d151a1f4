/**
 * The suite can fail: each page in tests/fixtures/broken/ is broken on purpose and names, in
 * <meta name="suite-expects" content="CHECK RULE">, the check that must catch it and the rule it must
 * report. tests/fixtures/sound/chart.html is a chart made right: every check passes it and the chart
 * checks measure it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTab, type Mode, type ModeTab } from '../support/browser.ts';
import { runAxe, UNDECIDED_COVERED } from '../support/a11y/axe.ts';
import { checkChartContrast, checkChartForcedColours } from '../support/a11y/charts.ts';
import { at, describeFinding, type RawFinding } from '../support/a11y/findings.ts';
import { checkKeyboard, checkSkipLink } from '../support/a11y/keyboard.ts';
import { applyReaderCss, checkReflow, checkTextFits, LARGE_TEXT_CSS, TEXT_SPACING_CSS } from '../support/a11y/layout.ts';
import { checkNoJs } from '../support/a11y/no-js.ts';
import { checkStructure } from '../support/a11y/structure.ts';
import { validateHtml } from '../support/a11y/vnu.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const broken = readdirSync(join(FIXTURES, 'broken')).filter((f) => f.endsWith('.html')).sort();
const expectations = broken.flatMap((file) =>
  [...readFileSync(join(FIXTURES, 'broken', file), 'utf8').matchAll(/<meta name="suite-expects" content="(\S+) (\S+)">/g)]
    .map(([, check, rule]) => ({ file, check: check!, rule: rule! })));
const inBrowser = expectations.filter((e) => e.check !== 'vnu');
const invalid = expectations.filter((e) => e.check === 'vnu').map((e) => `broken/${e.file}`);

let server: StaticServer;
const tabs = new Map<Mode, Promise<ModeTab>>();
const tab = (mode: Mode) => tabs.get(mode) ?? tabs.set(mode, openTab(mode)).get(mode)!;
const visit = async (mode: Mode, address: string) => (await tab(mode)).visit(address);
beforeAll(async () => { server = await serveStatic(FIXTURES, '/'); });
afterAll(async () => {
  await Promise.all([...tabs.values()].map(async (t) => (await t).close()));
  await server.close();
});

/** Each browser check by the name fixtures use, run the way the site tests run it. */
const CHECKS: Record<string, (address: string) => Promise<RawFinding[]>> = {
  axe: async (a) => (await runAxe(await visit('light', a))).violations,
  'axe-dark': async (a) => (await runAxe(await visit('dark', a))).violations,
  'axe-narrow': async (a) => (await runAxe(await visit('narrow', a))).violations,
  'axe-forced': async (a) => (await runAxe(await visit('forced', a))).violations,
  reflow: async (a) => checkReflow(await visit('narrow', a)),
  'text-spacing': async (a) => {
    const page = await visit('light', a);
    await applyReaderCss(page, TEXT_SPACING_CSS);
    return checkTextFits(page);
  },
  'large-text': async (a) => {
    const page = await visit('light', a);
    await applyReaderCss(page, LARGE_TEXT_CSS);
    return [...(await checkTextFits(page)), ...(await checkReflow(page))];
  },
  keyboard: async (a) => [...(await checkKeyboard(await visit('light', a))), ...(await checkSkipLink(await visit('light', a)))],
  'keyboard-forced': async (a) => checkKeyboard(await visit('forced', a)),
  structure: async (a) => checkStructure(await visit('light', a), 'en-GB'),
  charts: async (a) => [...(await checkChartContrast(await visit('light', a))).found, ...(await checkChartContrast(await visit('dark', a))).found],
  'charts-forced': async (a) => (await checkChartForcedColours(await visit('forced', a))).found,
  'no-js': async (a) => checkNoJs(await visit('light', a), await visit('noJs', a)),
};

describe('each broken fixture is caught, with its rule named', () => {
  it.each(inBrowser)('$check catches $rule in $file', async ({ file, check, rule }) => {
    expect(CHECKS, `unknown check "${check}" in ${file}`).toHaveProperty([check]);
    const findings = at(file, check, await CHECKS[check]!(`${server.origin}broken/${file}`));
    const caught = findings.find((f) => f.rule === rule);
    expect(caught, `${check} did not report ${rule}; it reported:\n${findings.map(describeFinding).join('\n')}`).toBeDefined();
    // The failure line names the page, the mode, the rule and the element.
    expect(describeFinding(caught!)).toMatch(new RegExp(`^${file} \\[${check}\\] ${rule}: .+\\n {4}at \\S.*: <`));
  });

  it(`the Nu HTML Checker reports ${invalid.join(', ')} and passes the sound page`, () => {
    expect(invalid.length).toBeGreaterThan(0);
    const findings = validateHtml([...invalid, 'sound/chart.html'].map((f) => join(FIXTURES, f)), FIXTURES);
    for (const page of invalid) expect(findings.filter((f) => f.page === page && f.rule === 'html-valid').length, page).toBeGreaterThan(0);
    expect(findings.filter((f) => f.page === 'sound/chart.html').map(describeFinding)).toEqual([]);
  });
});

describe('a sound chart passes every check', () => {
  const sound = () => `${server.origin}sound/chart.html`;
  it.each(Object.keys(CHECKS))('%s finds nothing wrong', async (check) => {
    expect(at('sound/chart.html', check, await CHECKS[check]!(sound())).map(describeFinding)).toEqual([]);
  });

  it('the chart checks measure its texts and marks in every mode', async () => {
    for (const mode of ['light', 'dark'] as const) {
      expect(await checkChartContrast(await visit(mode, sound()))).toMatchObject({ charts: 1, texts: 4, marks: 3 });
    }
    expect(await checkChartForcedColours(await visit('forced', sound()))).toMatchObject({ charts: 1, texts: 4, marks: 2 });
  });

  it('what axe leaves undecided on it (its SVG text contrast) is covered by the chart checks', async () => {
    const { undecided } = await runAxe(await visit('light', sound()));
    expect(undecided.map((u) => u.rule)).toContain('color-contrast');
    expect(undecided.filter((u) => !UNDECIDED_COVERED[u.rule]?.covers(u))).toEqual([]);
  });
});
