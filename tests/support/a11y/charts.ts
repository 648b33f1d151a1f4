/**
 * Chart checks axe cannot make (it leaves SVG text contrast "incomplete" and does not look at marks).
 * A chart is `<figure class="chart">` holding an inline `<svg role="img">`. Both checks run over every
 * chart on the page and return how many charts, texts and marks they measured.
 */
import type { Page } from 'playwright-core';
import type { RawFinding } from './in-page.ts';

/** What a chart check found wrong, and how much it measured. */
export interface ChartResult {
  found: RawFinding[];
  charts: number;
  texts: number;
  marks: number;
}

/**
 * Light and dark: SVG text 4.5:1 (3:1 when large) against what is behind it, the page or a mark;
 * marks (shapes outside an aria-hidden decoration group) 3:1 against the page (1.4.11), by their fill or by their
 * outline.
 */
export function checkChartContrast(page: Page): Promise<ChartResult> {
  return page.evaluate(() => {
    const { finding, rgba, contrast, backdrop, shown } = window.__a11y;
    const out: ChartResult = { found: [], charts: 0, texts: 0, marks: 0 };
    const SHAPES = 'rect, path, circle, ellipse, polygon, polyline, line';
    const paint = (el: Element, prop: 'fill' | 'stroke') => {
      const value = getComputedStyle(el)[prop];
      if (value === 'none' || value.startsWith('url(')) return null;
      const c = rgba(value);
      let alpha = c[3] * Number(getComputedStyle(el)[prop === 'fill' ? 'fillOpacity' : 'strokeOpacity']);
      for (let p: Element | null = el; p && p.tagName !== 'svg'; p = p.parentElement)
        alpha *= Number(getComputedStyle(p).opacity);
      return alpha > 0 ? [...c.slice(0, 3), alpha] : null;
    };
    const over = (c: number[], bg: number[]) => bg.map((v, i) => c[i]! * c[3]! + v * (1 - c[3]!));
    for (const figure of document.querySelectorAll('figure.chart')) {
      // A chart may carry one drawing per width (narrow, wide); the reader sees the one shown.
      const drawings = [...figure.querySelectorAll('svg')].filter((svg) => shown(svg));
      if (!drawings.length) {
        out.found.push(finding('chart-svg-missing', figure, 'a figure.chart without a shown inline <svg>'));
        continue;
      }
      out.charts++;
      for (const svg of drawings) {
        svg.scrollIntoView({ block: 'center' });
        const page = backdrop(svg);
        for (const text of svg.querySelectorAll('text')) {
          const fill = paint(text, 'fill');
          if (!fill || !text.textContent?.trim()) continue;
          out.texts++;
          const r = text.getBoundingClientRect();
          // Behind the text: the topmost filled shape of this chart under its centre, else the page.
          const under = document
            .elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)
            .find((el) => el !== text && svg.contains(el) && el.matches(SHAPES) && paint(el, 'fill'));
          const bg = under ? over(paint(under, 'fill')!, page) : page;
          const ratio = contrast(over(fill, bg), bg);
          const s = getComputedStyle(text);
          const size = parseFloat(s.fontSize);
          const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
          if (ratio < (large ? 3 : 4.5))
            out.found.push(
              finding(
                'chart-text-contrast',
                text,
                `chart text contrast ${ratio}:1 against ${under ? 'the mark behind it' : 'the page'}; ` +
                  `needs ${large ? 3 : 4.5}:1`,
              ),
            );
        }
        for (const mark of svg.querySelectorAll(SHAPES)) {
          if (mark.closest('g[aria-hidden="true"]')) continue; // decoration: grid lines, tick marks
          const fill = mark.tagName === 'line' ? null : paint(mark, 'fill'); // a line has no inside to fill
          const stroke = paint(mark, 'stroke');
          if (!fill && !stroke) continue;
          out.marks++;
          const best = Math.max(...[fill, stroke].filter((c) => c !== null).map((c) => contrast(over(c, page), page)));
          if (best < 3)
            out.found.push(
              finding(
                'chart-mark-contrast',
                mark,
                `chart mark contrast ${best}:1 against the page; a mark needs 3:1 by its fill or its outline`,
              ),
            );
        }
      }
    }
    window.scrollTo(0, 0);
    return out;
  });
}

/**
 * Forced colours: browsers leave SVG paint alone (`forced-color-adjust: preserve-parent-color`), so the
 * chart must switch itself: every text fill and every stroke (axes, outlines) a system colour, and
 * every filled mark drawn in, or outlined with, a system colour.
 */
export function checkChartForcedColours(page: Page): Promise<ChartResult> {
  return page.evaluate(() => {
    const { finding, shown } = window.__a11y;
    const out: ChartResult = { found: [], charts: 0, texts: 0, marks: 0 };
    const probe = document.body.appendChild(document.createElement('i'));
    const system = new Set(
      [
        'Canvas',
        'CanvasText',
        'LinkText',
        'VisitedText',
        'ActiveText',
        'GrayText',
        'Highlight',
        'HighlightText',
        'ButtonFace',
        'ButtonText',
        'ButtonBorder',
        'Field',
        'FieldText',
        'Mark',
        'MarkText',
        'SelectedItem',
        'SelectedItemText',
        'AccentColor',
        'AccentColorText',
      ].map((c) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      }),
    );
    probe.remove();
    const isSystem = (v: string) => v === 'none' || system.has(v);
    for (const figure of document.querySelectorAll('figure.chart')) {
      const drawings = [...figure.querySelectorAll('svg')].filter((svg) => shown(svg));
      if (!drawings.length) continue;
      out.charts++;
      for (const el of drawings.flatMap((svg) => [
        ...svg.querySelectorAll('text, rect, path, circle, ellipse, polygon, polyline, line'),
      ])) {
        const { stroke } = getComputedStyle(el);
        const fill = el.tagName === 'line' ? 'none' : getComputedStyle(el).fill; // a line has no inside to fill
        if (el.tagName === 'text') {
          out.texts++;
          if (!isSystem(fill))
            out.found.push(
              finding(
                'chart-forced-colours',
                el,
                `chart text fill ${fill} is not a system colour (use CanvasText in @media (forced-colors: active))`,
              ),
            );
          continue;
        }
        if (!isSystem(stroke))
          out.found.push(
            finding(
              'chart-forced-colours',
              el,
              `chart stroke ${stroke} is not a system colour (axes and outlines: CanvasText or GrayText)`,
            ),
          );
        if (el.closest('g[aria-hidden="true"]') || fill === 'none') continue;
        out.marks++;
        if (!isSystem(fill) && stroke === 'none')
          out.found.push(
            finding(
              'chart-forced-colours',
              el,
              `chart mark filled ${fill} with no system-colour outline: it may vanish against the reader's background`,
            ),
          );
      }
    }
    return out;
  });
}
