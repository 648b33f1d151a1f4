/**
 * Charts that travel: each placed chart's embed page (/embed/<id>/), its standalone SVG, its PNG for
 * slides (also its social card), all drawn from the scene the chapter's figure draws.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { BASE, builtPages, DIST, page } from '../support/site.ts';

const data = loadData(process.cwd());
const { book } = data;
const chapters = builtPages().filter((p) => page(p).querySelector('article.chapter'));
const figures = chapters.flatMap((path) =>
  page(path)
    .querySelectorAll('figure.chart')
    .map((figure) => ({ path, figure, id: figure.id.replace(/^chart-/, '') })),
);
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
/** A layout's shapes without their colours: what the scene drew, wherever it is drawn. */
const shapes = (markup: string) => markup.replace(/ (fill|stroke|stroke-width)="[^"]*"/g, '');

it('every placed chart has an embed page, and every embed page is a placed chart', () => {
  expect(figures.length).toBeGreaterThan(0);
  expect(
    builtPages()
      .filter((p) => p.startsWith('embed/'))
      .sort(),
  ).toEqual(figures.map((f) => `embed/${f.id}/index.html`).sort());
});

describe.each(figures)('figure $id', ({ path, figure, id }) => {
  const embed = page(`embed/${id}/index.html`);
  const spec = data.charts.get(id)!;
  const name = `${figure.querySelector('.chart__number')!.text.replace(':', '')}: ${spec.title}`;
  const svgText = readFileSync(join(DIST, `data/${id}.svg`), 'utf8');
  const svg = parse(svgText).querySelector('svg')!;

  it(
    'has an embed page: the figure as its heading, summary, chart, a closed data table, ' +
      'source and a way back, with no script',
    () => {
      expect(embed.querySelector('h1')?.text.replace(/\s+/g, ' ').replace(': ', ' ').trim()).toBe(
        name.replace(':', ''),
      );
      expect(embed.querySelector('.chart__summary')?.text).toBe(spec.summary);
      expect(embed.querySelectorAll('svg[role="img"]')).toHaveLength(1);
      expect(embed.querySelector('details.chart__data:not([open]) table')).not.toBeNull();
      expect(embed.querySelector('.chart__source')?.text).toBe(figure.querySelector('.chart__source')?.text);
      const back = embed.querySelector(`a[href="${BASE}${path.replace(/index\.html$/, '')}#chart-${id}"]`);
      expect(back?.getAttribute('target')).toBe('_top');
      expect(embed.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
      expect(embed.querySelector('main')?.text).toContain(book.licence);
    },
  );

  it('shares as itself: its own title and the chart as its Open Graph and Twitter card', () => {
    expect(meta(embed, 'og:title')).toBe(name);
    // Its card is the PNG for slides: one raster a chart, not a second one for sharing.
    expect(meta(embed, 'og:image')).toBe(new URL(`data/${id}.png`, book.url).href);
    expect(meta(embed, 'twitter:image')).toBe(meta(embed, 'og:image'));
    expect(meta(embed, 'og:image:alt')).toContain(name);
  });

  it('downloads as a standalone SVG of the same scene, with title, source, licence and fonts named', () => {
    expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelector('title')?.text).toBe(name);
    expect(svg.getAttribute('font-family')).toMatch(/DejaVu Sans.*sans-serif$/);
    const words = svg
      .querySelectorAll('text')
      .map((t) => t.text)
      .join(' ');
    for (const text of [
      spec.title.split(' ')[0]!,
      'Source:',
      data.sources.get(spec.sources[0]!)!.title.split(' ')[0]!,
      book.licence.split(' ')[0]!,
    ])
      expect(words).toContain(text);
    // The figure's public address, which a reader of the file can follow back (the base path once).
    expect(words.replace(/\s+/g, '')).toContain(new URL(`${spec.chapter}/#chart-${spec.id}`, book.url).href);
    // No second drawing: the file's chart is the page's wide layout, shape for shape.
    const onPage = figure.querySelector('svg.chart__layout--wide')!.innerHTML;
    expect(shapes(svg.querySelector('g[transform]')!.innerHTML)).toBe(shapes(onPage));
    // Colours travel with the file as attributes: every shape is painted.
    expect(
      svg
        .querySelectorAll('rect, circle, line, text')
        .every((el) => el.getAttribute('fill') || el.getAttribute('stroke')),
    ).toBe(true);
  });

  it("downloads as a PNG at twice the SVG's size, with ink in its title band and every colour the SVG paints", async () => {
    const png = sharp(join(DIST, `data/${id}.png`));
    const { width, height, format } = await png.metadata();
    expect({ format, width, height }).toEqual({
      format: 'png',
      width: 2 * Number(svg.getAttribute('width')),
      height: 2 * Number(svg.getAttribute('height')),
    });
    const band = await png.extract({ left: 0, top: 0, width: width!, height: 160 }).greyscale().stats();
    expect(band.channels[0]!.min).toBeLessThan(60);
    // A palette of a few colours: every colour the SVG paints is drawn exactly, so its contrast is kept.
    const pixels = await sharp(join(DIST, `data/${id}.png`))
      .removeAlpha()
      .raw()
      .toBuffer();
    const drawn = new Set<string>();
    for (let i = 0; i < pixels.length; i += 3) drawn.add(`#${pixels.subarray(i, i + 3).toString('hex')}`);
    const painted = new Set(svgText.match(/(?<=(fill|stroke)=")#[0-9a-f]{6}/g));
    expect([...painted].filter((colour) => !drawn.has(colour))).toEqual([]);
  });
});
