import { describe, expect, it } from 'vitest';
import { checkChapterSources, checkCharts } from './checks.ts';
import { chartPlaces, readBookIndex, referrersOf } from './index.ts';
import { parseChapter, parseCount, treeForCompile } from './parse.ts';

describe('book index', () => {
  const index = readBookIndex(process.cwd());

  it("holds this book's chapters in reading order, with headings, components and links at their lines", () => {
    const staff = index.chapters.find((c) => c.id === 'what-staff-think')!;
    expect(index.chapters[0]!.id).toBe('foreword');
    expect(staff.facts.headings[0]).toMatchObject({
      text: 'Almost all staff know they have a part to play',
      slug: 'almost-all-staff-know-they-have-a-part-to-play',
      line: 13,
    });
    expect(staff.facts.elements.find((e) => e.name === 'Stat')).toMatchObject({
      id: 'staff-2024-base',
      line: 9,
      inline: true,
    });
  });

  it('numbers the charts once, in reading order, for <Chart> and <Ref> alike', () => {
    const places = [...chartPlaces(index).entries()];
    expect(places.map(([, p]) => p.number)).toEqual(places.map((_, i) => i + 1));
    for (const [id, place] of places) expect(index.refs.get(id)?.text).toBe(`Figure ${place.number}`);
  });

  it('knows which chapters refer to a chapter', () => {
    expect(referrersOf(index, 'sources-and-methods')).toContain('what-staff-think');
  });

  it('parses a chapter again only when its text changed, and gives the compile a copy', () => {
    const before = parseCount();
    readBookIndex(process.cwd());
    expect(parseCount()).toBe(before);
    const staff = index.chapters.find((c) => c.id === 'what-staff-think')!;
    expect(treeForCompile(staff.path, staff.text)).not.toBe(staff.tree);
    expect(parseCount()).toBe(before);
    parseChapter(staff.path, `${staff.text}\nOne more line.\n`, staff.file);
    expect(parseCount()).toBe(before + 1);
  });

  it("holds the documents a chapter's frontmatter lists, with their lines, and stops on one the report does not list", () => {
    const withSources = index.chapters.find((c) => c.sources.length > 0)!;
    expect(withSources.sources[0]!.line).toBeGreaterThan(1);
    const typo = [
      { id: 'ncsc-2024', line: 6 },
      { id: 'nhs-digtal', line: 7 },
    ];
    expect(() =>
      checkChapterSources(typo, ['ncsc-2024', 'nhs-digital'], 'src/content/chapters/funding.mdx'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/funding.mdx:7 ("nhs-digtal", field "sources[1]"): lists the source "nhs-digtal", which is not one of the report's sources (data/book.yaml).
        Fix: did you mean "nhs-digital"? Use one of: ncsc-2024, nhs-digital; or add the document to data/sources.yaml and to the sources in data/book.yaml.]
    `);
  });

  it('stops on a chart placed in another chapter than its `chapter:` in data/charts.yaml', () => {
    const { facts } = parseChapter('/x/funding.mdx', 'Text.\n\n<Chart id="staff-views" />\n', 'funding.mdx');
    expect(() =>
      checkCharts(
        facts,
        new Map([['staff-views', { chapter: 'what-staff-think' }]]),
        'src/content/chapters/funding.mdx',
        'funding',
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/funding.mdx:3 ("staff-views", field "<Chart id>"): the chart "staff-views" is placed in the chapter "funding", but data/charts.yaml gives it "chapter: what-staff-think".
        Fix: place it in the chapter what-staff-think, or change its "chapter:" in data/charts.yaml to funding.]
    `);
  });
});
