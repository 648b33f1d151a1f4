/**
 * The report must not need JavaScript: a page opened with scripts off shows every passage the scripted
 * page shows, and every chart drawn (the SVG is in the HTML, not made by a script).
 */
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

interface Readable {
  /** Each visible block of text in main, whitespace collapsed, with where it is. */
  blocks: { text: string; at: RawFinding }[];
  /** Each chart and what, if anything, keeps it from being seen. */
  charts: { at: RawFinding; problem: string | null }[];
}

/** What a reader can see in main: the text blocks and the charts. */
function readable(page: Page): Promise<Readable> {
  return page.evaluate(() => {
    const { finding, shown } = window.__a11y;
    const main = document.querySelector('main') ?? document.body;
    const blocks = [
      ...main.querySelectorAll(
        'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption, caption, blockquote, summary',
      ),
    ]
      .filter((el) => shown(el))
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as shown (CSS hides some)
      .map((el) => ({ text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), at: finding('', el, '') }))
      .filter((b) => b.text);
    const charts = [...document.querySelectorAll('figure.chart')].map((figure) => {
      const svg = figure.querySelector('svg');
      const r = svg?.getBoundingClientRect();
      const drawn = svg
        ? [...svg.querySelectorAll('rect, path, circle, line, polygon, polyline, text')].filter((m) => {
            const b = m.getBoundingClientRect();
            return shown(m) && b.width + b.height > 0;
          })
        : [];
      const problem = !svg
        ? 'no <svg> in the HTML'
        : !shown(svg) || !shown(figure)
          ? 'the chart is hidden (display, visibility or opacity)'
          : !r!.width || !r!.height
            ? 'the chart has no size'
            : !drawn.length
              ? 'the chart has nothing drawn in it'
              : null;
      return { at: finding('', figure, ''), problem };
    });
    return { blocks, charts };
  });
}

/** Compares the same page loaded with and without JavaScript. */
export async function checkNoJs(withJs: Page, withoutJs: Page): Promise<RawFinding[]> {
  const [on, off] = await Promise.all([readable(withJs), readable(withoutJs)]);
  const found: RawFinding[] = [];
  const offText = new Set(off.blocks.map((b) => b.text));
  for (const b of on.blocks) {
    if (!offText.has(b.text))
      found.push({
        ...b.at,
        rule: 'no-js-text-missing',
        detail: `with JavaScript off this text is missing or hidden: "${b.text.slice(0, 60)}"`,
      });
  }
  if (!off.blocks.length)
    found.push({
      rule: 'no-js-text-missing',
      detail: 'with JavaScript off main shows no text',
      selector: 'main',
      snippet: '',
    });
  for (const c of off.charts)
    if (c.problem)
      found.push({ ...c.at, rule: 'no-js-chart-not-visible', detail: `with JavaScript off, ${c.problem}` });
  if (off.charts.length < on.charts.length) {
    found.push({
      rule: 'no-js-chart-not-visible',
      detail: `with JavaScript off the page has ${off.charts.length} charts, with it ${on.charts.length}`,
      selector: 'figure.chart',
      snippet: '',
    });
  }
  return found;
}
