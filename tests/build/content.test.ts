/**
 * The book's content, read back from the built site: every stat comes from data/ and is used, every
 * chapter ends with its sources, no number is typed into the text, and the key findings link to chapters.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { formatStat } from '../../src/book/data/format.ts';
import { loadData } from '../../src/book/data/load.ts';
import { findStrayStats } from '../../src/book/data/stray-stats.ts';
import { builtPages, DIST, page, pageForHref } from '../support/site.ts';

const data = loadData(process.cwd());
const home = page('index.html');
const chapters = home.querySelectorAll('.contents__item').map((item) => {
  const href = item.querySelector('a')!.getAttribute('href')!;
  const path = pageForHref(href)!;
  return { href, path, back: item.classList.contains('contents__item--back'), doc: page(path) };
});
/** The front matter and chapters: the report proper, where its stats must be used. */
const mainText = chapters.filter((chapter) => !chapter.back);

/**
 * The text of `root` as a reader sees it, without the stats that come from data: `<data class="stat">`
 * (rendered by <Stat>), charts (drawn from data/charts.yaml, checked by their own tests), blocks
 * the build writes whole from data/ (marked data-generated: the citation, the downloads), the "#" links
 * beside headings and cross-references (<Ref> writes "Figure 3" itself).
 */
function textOutsideData(root: HTMLElement): string {
  const copy = parse(root.outerHTML);
  for (const node of copy.querySelectorAll('data.stat, figure, [data-chart], [data-generated], .heading-link, a.ref'))
    node.remove();
  return copy.structuredText;
}

/** Each typed stat in `root`'s text, as "stat (in: context)". */
const strays = (root: HTMLElement | null) =>
  root ? findStrayStats(textOutsideData(root)).map((s) => `${s.stat} (in: ${s.context})`) : [];

describe('one source of truth: every number in the text comes from data/', () => {
  it('the scan sees a typed stat and ignores a stat from data', () => {
    const sample = parse(
      '<div><p>Only <data class="stat" value="0.36">36%</data> agreed,</p><p>and 40% did not.</p></div>',
    );
    expect(strays(sample)).toEqual(['40% (in: Only agreed, and 40% did not.)']);
  });

  it.each(chapters.map((c) => [c.path, c] as const))('%s types no stat in its title, summary or text', (_, { doc }) => {
    const found = [
      doc.querySelector('.chapter__header h1'),
      doc.querySelector('.chapter__header .lede'),
      doc.querySelector('.prose'),
    ].flatMap(strays);
    expect(found, 'write each stat as <Stat id="..." /> with the stat in data/stats.yaml').toEqual([]);
  });

  it('the key findings panel types no stat', () => {
    expect(home.querySelector('.key-findings')).not.toBeNull();
    expect(strays(home.querySelector('.key-findings'))).toEqual([]);
  });

  it('every stat shown on any page exists in data/ and reads as data/ says', () => {
    for (const path of builtPages()) {
      for (const shown of page(path).querySelectorAll('data.stat')) {
        const stat = data.stats.get(shown.getAttribute('data-stat')!);
        expect(stat, `${path}: ${shown.outerHTML}`).toBeDefined();
        expect(shown.text, path).toBe(formatStat(stat!));
      }
    }
  });

  it('every stat in data/ is used in the text of the report (front matter and chapters)', () => {
    const used = new Set(
      mainText.flatMap((c) => c.doc.querySelectorAll('.prose data.stat').map((s) => s.getAttribute('data-stat'))),
    );
    const unused = [...data.stats.keys()].filter((id) => !used.has(id));
    expect(unused, 'use each stat in a chapter with <Stat id="..." />, or remove it from data/').toEqual([]);
  });
});

describe('sources', () => {
  // The glossary (issue 4) defines words rather than reporting findings, so it has no sources of its own.
  const reporting = chapters.filter((c) => c.doc.querySelector('article')?.getAttribute('data-chapter') !== 'glossary');

  it.each(reporting.map((c) => [c.path, c] as const))('%s ends with its sources', (_, { doc }) => {
    const section = doc.querySelector('.chapter-sources');
    expect(section, 'set `sources` in the frontmatter, or show a stat with <Stat>').not.toBeNull();
    expect(section!.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(doc.querySelector('article > :last-child')).toBe(section);
  });

  it('the back matter lists every document and every study, and each wording the report chose', () => {
    const back = chapters.find((c) => c.path === 'sources-and-methods/index.html')!.doc;
    const text = back.querySelector('.prose')!.text;
    for (const doc of data.sources.values()) expect(text).toContain(doc.title);
    for (const study of data.studies.values()) expect(text).toContain(study.name);
    const worded = [...data.stats.values()].filter((f) => f.wording);
    expect(back.querySelectorAll('.wordings dd').map((dd) => dd.text)).toEqual(worded.map((f) => f.wording));
    expect(back.querySelectorAll('.stat-register tbody tr')).toHaveLength(data.stats.size);
  });
});

describe('key findings at a glance', () => {
  const cards = home.querySelectorAll('.key-finding');

  it('opens the landing page, above the contents', () => {
    const main = home.querySelector('main')!.innerHTML;
    expect(main.indexOf('key-findings-heading')).toBeGreaterThan(-1);
    expect(main.indexOf('key-findings-heading')).toBeLessThan(main.indexOf('id="contents"'));
  });

  it('shows each finding in data/key-findings.yaml, in order, with its meaning', () => {
    expect(cards.map((card) => card.querySelector('data.stat')?.getAttribute('data-stat'))).toEqual(
      data.keyFindings.map((f) => f.stat),
    );
    expect(cards.map((card) => card.querySelector('.key-finding__meaning')?.text)).toEqual(
      data.keyFindings.map((f) => f.meaning),
    );
  });

  it('links each finding to its chapter, which is built and in the contents', () => {
    cards.forEach((card, i) => {
      const href = card.querySelector('a')!.getAttribute('href')!;
      expect(pageForHref(href), href).toBe(`${data.keyFindings[i]!.chapter}/index.html`);
      expect(existsSync(`${DIST}/${pageForHref(href)}`), href).toBe(true);
      expect(chapters.map((c) => c.href)).toContain(href);
    });
  });
});
