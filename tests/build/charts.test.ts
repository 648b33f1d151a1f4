/**
 * Every chart on every built page is a complete, citable figure, in this book and in the mini book
 * (built here, so every chart kind is checked even before this book's chapters place their charts).
 * The checks hold for whatever chapters exist.
 *
 * A chart in charts.yaml that its chapter does not place is reported here rather than stopping the
 * build: an editor drafting a chart, or moving one between chapters, should still be able to preview the
 * book, while CI (which runs these tests) keeps an unplaced chart from being published.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { chartRefs } from '../../src/book/data/charts.ts';
import { DIST, page, pageForHref } from '../support/site.ts';
import { MINI_BOOK } from '../support/temp-book.ts';
import { siteAddress } from '../../src/book/routes.ts';
import { formatFileSize } from '../../src/site/downloads/file-size.ts';

const miniDist = mkdtempSync(join(tmpdir(), 'mini-dist-'));
execFileSync(process.execPath, ['scripts/build-site.ts', '--book', MINI_BOOK, '--out', miniDist], {
  stdio: ['ignore', 'ignore', 'inherit'],
});

const sites = [
  { name: 'this book', dist: DIST, root: process.cwd() },
  { name: 'the mini book', dist: miniDist, root: MINI_BOOK },
];

describe.each(sites)('charts in $name', ({ dist, root }) => {
  const data = loadData(root);
  const { base } = siteAddress(data.book.url);
  const chapterPaths = page('index.html', dist)
    .querySelectorAll('.contents a')
    .map((a) => pageForHref(a.getAttribute('href')!, base)!);
  const placed = chapterPaths.flatMap((path) =>
    page(path, dist)
      .querySelectorAll('figure.chart')
      .map((figure) => ({ path, figure })),
  );
  const chartIdOf = (id: string) => id.replace(/^chart-/, '');

  it('has only figures whose id is a chart in charts.yaml', () => {
    for (const { figure } of placed) expect(data.charts.has(chartIdOf(figure.id)), figure.id).toBe(true);
  });

  it('numbers figures 1..N in book order', () => {
    const numbers = placed.map(({ figure }) => figure.querySelector('.chart__number')?.text.replace(/\D+/g, ''));
    expect(numbers).toEqual(placed.map((_, i) => String(i + 1)));
  });

  it.each(placed.map(({ path, figure }) => [`${path} #${figure.id}`, figure]))(
    '%s has a name, summary, table, source, its own page, downloads (CSV, SVG, PNG) and embed code',
    (_, figure) => {
      const spec = data.charts.get(chartIdOf(figure.id))!;
      expect(figure.querySelector('figcaption .chart__title')?.text).toBe(spec.title);
      expect(figure.querySelector('.chart__summary')?.text).toBe(spec.summary);
      // The loader filled in every {stat-id} placeholder of the title and summary.
      expect(figure.querySelector('figcaption')!.text + figure.querySelector('.chart__summary')!.text).not.toMatch(
        /[{}]/,
      );

      // One image per chart, whatever the layouts inside it: one name for a screen reader and the PDF tags.
      const images = figure.querySelectorAll('svg[role="img"]');
      expect(images).toHaveLength(1);
      const svg = images[0]!;
      const title = svg.querySelector(`title#${svg.getAttribute('aria-labelledby')}`);
      const desc = svg.querySelector(`desc#${svg.getAttribute('aria-describedby')}`);
      expect(title?.text).toContain(spec.title);
      expect(desc?.text.length).toBeGreaterThan(20);
      // Every other svg is a layout inside the image or a sizer beside it, and hidden from assistive
      // technology: the image's name and description are what a screen reader reads, once.
      for (const other of figure.querySelectorAll('svg:not([role])'))
        expect(other.getAttribute('aria-hidden')).toBe('true');
      // Nothing in a chart is a tab stop.
      expect(figure.querySelectorAll('svg a, svg [tabindex], svg [focusable="true"]')).toHaveLength(0);

      const table = figure.querySelector('details.chart__data table');
      expect(figure.querySelector('details.chart__data > summary')?.text).toMatch(/\S/);
      expect(table?.querySelector('caption')?.text).toContain(spec.title);
      expect(table?.querySelectorAll('thead th[scope="col"]').length).toBeGreaterThanOrEqual(2);
      const cells = table!.querySelectorAll('tbody td');
      expect(cells).toHaveLength(chartRefs(spec).length);
      expect(table?.querySelectorAll('tbody th[scope="row"]').length).toBeGreaterThan(0);

      const source = figure.querySelector('.chart__source')?.text ?? '';
      expect(source).toMatch(/^Source:/);
      for (const doc of spec.sources) expect(source).toContain(data.sources.get(doc)!.title);
      for (const ref of chartRefs(spec)) {
        const study = data.studies.get(data.stats.get(ref.stat)!.study)!;
        expect(source).toContain(study.name);
        if (study.kind === 'survey' && typeof study.base === 'number')
          expect(source).toContain(`base ${study.base.toLocaleString('en-GB')}`);
      }

      // "Link to figure N" is the figure's own page, which shares with the chart as its card.
      const id = chartIdOf(figure.id);
      expect(figure.querySelector(`a[href="${base}embed/${id}/"]`)?.text).toMatch(/^Link to figure \d+$/);
      expect(existsSync(join(dist, `embed/${id}/index.html`))).toBe(true);
      for (const ext of ['csv', 'svg', 'png']) {
        const link = figure.querySelector(`a[download="${id}.${ext}"]`);
        const file = join(dist, (link?.getAttribute('href') ?? `-${ext}`).slice(base.length));
        expect(existsSync(file), `${id}.${ext}`).toBe(true);
        expect(link!.text).toContain(`${ext.toUpperCase()}`);
        expect(link!.text).toContain(formatFileSize(statSync(file).size));
      }
      const rows = readFileSync(join(dist, `data/${id}.csv`), 'utf8')
        .trim()
        .split('\r\n');
      expect(rows.length - 1).toBe(cells.length);
      // The embed code: an iframe of the embed page at its public address, titled with the figure's name.
      const code = parse(figure.querySelector('details.chart__embed textarea[readonly]')?.text ?? '').querySelector(
        'iframe',
      );
      expect(code?.getAttribute('src')).toBe(new URL(`embed/${id}/`, data.book.url).href);
      expect(code?.getAttribute('title')).toBe(
        `${figure.querySelector('.chart__number')!.text.replace(':', '')}: ${spec.title}`,
      );
    },
  );

  it('places every chart in the chapter charts.yaml names, once that chapter exists', () => {
    const pageOf = new Map(placed.map(({ path, figure }) => [chartIdOf(figure.id), path]));
    const wrong = [...data.charts.values()].flatMap((spec) => {
      const home = chapterPaths.find((path) => path === `${spec.chapter}/index.html`);
      if (!home) return []; // the chapter is not written yet
      const at = pageOf.get(spec.id);
      return at === home
        ? []
        : [
            `${spec.id}: expected in ${spec.chapter}, ` +
              `${at ? `found in ${at}` : 'not placed anywhere'} (add <Chart id="${spec.id}" /> to ` +
              `src/content/chapters/${spec.chapter}.mdx)`,
          ];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the mini book', () => {
  it('shows every kind of chart, so the checks above are not vacuous', () => {
    const kinds = new Set([...loadData(MINI_BOOK).charts.values()].map((c) => c.kind));
    const shown = new Set(
      ['waiting/index.html', 'experience/index.html'].flatMap((p) =>
        page(p, miniDist)
          .querySelectorAll('figure.chart')
          .map((f) => f.classList.value.find((c) => c.startsWith('chart--'))!.slice(7)),
      ),
    );
    expect(shown).toEqual(kinds);
    expect(kinds.size).toBe(5);
  });
});
