/**
 * The EPUB's documents as a reading system shows them: each opened in Chromium in a phone-sized window
 * (400 x 700) with the EPUB's own style sheet, in the three reading modes reading systems offer (they
 * set the text and background colours themselves). In each: axe finds no violation of the website's
 * rules (WCAG 2.2 AA and best practice), and the charts take the reader's text colour. Screenshots of
 * two chapters are left in test-results/epub/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runAxe } from '../support/a11y/axe.ts';
import { at, report } from '../support/a11y/findings.ts';
import { launchBrowser } from '../support/browser-launch.ts';
import { contents, readEpub, unpack } from './read-epub.ts';

/** What a reading system's light, sepia and dark themes set: the text and page colours, nothing else. */
const READING_MODES = {
  light: { color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' },
  sepia: { color: 'rgb(91, 70, 54)', background: 'rgb(244, 236, 216)' },
  dark: { color: 'rgb(230, 230, 230)', background: 'rgb(18, 18, 18)' },
} as const;
const SHOTS = join(process.cwd(), 'test-results', 'epub');

const files = readEpub();
const folder = unpack(files);
const docs = contents(files).spine.map((d) => d.path);
const charts = (source: string) => source.match(/class="chart__svg"/g)?.length ?? 0;
const withCharts = contents(files)
  .spine.filter((d) => charts(d.source) > 0)
  .sort((a, b) => charts(b.source) - charts(a.source))
  .map((d) => d.path);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens a document of the EPUB in a reading mode. */
async function open(doc: string, mode: keyof typeof READING_MODES): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 400, height: 700 } });
  await page.goto(pathToFileURL(join(folder, 'EPUB', doc)).href);
  const { color, background } = READING_MODES[mode];
  await page.addStyleTag({
    content: `html, body { color: ${color} !important; background: ${background} !important; }`,
  });
  return page;
}

describe.each(Object.keys(READING_MODES) as (keyof typeof READING_MODES)[])('in %s reading mode', (mode) => {
  // Two documents at a time (the project's maxConcurrency), each in a page of its own.
  it.concurrent.for(docs)('%s has no axe violations', async (doc, { expect }) => {
    const page = await open(doc, mode);
    const { violations } = await runAxe(page);
    await page.close();
    expect(report(at(doc, mode, violations))).toEqual([]);
  });

  it.concurrent.for(withCharts)("%s draws its charts in the reader's text colour", async (doc, { expect }) => {
    const page = await open(doc, mode);
    const colours = await page.$$eval('.chart__svg text, .chart__svg .ch-mark', (els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return el.tagName === 'line' ? style.stroke : style.fill;
      }),
    );
    await page.close();
    expect(colours.length).toBeGreaterThan(0);
    expect(new Set(colours)).toEqual(new Set([READING_MODES[mode].color]));
  });
});

it(
  'leaves screenshots of two chapters as an e-reader shows them: the one with most charts ' +
    'at each chart, and the last',
  async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const mode of ['light', 'sepia', 'dark'] as const) {
      const page = await open(withCharts[0]!, mode);
      const figures = await page.locator('figure.chart').all();
      for (const [i, figure] of figures.entries()) {
        await figure.evaluate((el) => el.scrollIntoView());
        await page.screenshot({
          path: join(SHOTS, `${withCharts[0]!.replace('.xhtml', '')}-chart-${i + 1}-${mode}.png`),
        });
      }
      await page.close();
      const last = await open(docs.at(-1)!, mode);
      await last.screenshot({ path: join(SHOTS, `${docs.at(-1)!.replace('.xhtml', '')}-${mode}.png`) });
      await last.close();
    }
  },
);
