/**
 * The built EPUB read back: its container, its metadata as data/book.yaml states it, its navigation, and
 * its chapters holding the same text, charts and links as the site, within the book.
 */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/site/downloads/size-markers.ts';
import { KEY_FINDINGS_PAGE } from '../../src/book/data/key-findings.ts';
import { builtPages, page, pageForHref } from '../support/site.ts';
import { siteChapters } from '../pdf/read-book.ts';
import { contents, data, EPUB, readEpub, text, xml } from './read-epub.ts';
import { paths } from '../../src/book/routes.ts';

const files = readEpub();
const { spine } = contents(files);
const opfSource = text(files['EPUB/package.opf']!);
const nav = xml(spine.find((d) => d.path === 'nav.xhtml')!.source);
const docs = new Map(spine.map((d) => [d.path, xml(d.source)]));
/** The values of the package document's `<dc:name>` elements, or of its `<meta property="…">` elements. */
const values = (pattern: string) =>
  [...opfSource.matchAll(new RegExp(`${pattern}>([^<]*)<`, 'g'))].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
const dc = (name: string) => values(`<dc:${name}\\b[^>]*`);
const meta = (property: string) => values(`<meta property="${property}"[^>]*`);
const { book } = data;

describe('the EPUB', () => {
  it('is under 1 MB, and its container starts with the mimetype, stored', () => {
    expect(statSync(EPUB).size).toBeLessThan(1024 * 1024);
    // The first local file header: method 0 (stored), name "mimetype", then the bytes themselves.
    const zip = readFileSync(EPUB);
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
  });

  it('states the title, subtitle, language, publisher and dates exactly as data/book.yaml does', () => {
    expect(dc('title')).toEqual([book.title, book.subtitle]);
    expect(dc('language')).toEqual([book.lang]);
    expect(dc('publisher')).toEqual([book.publisher]);
    expect(dc('date')).toEqual([book.date]);
    expect(meta('dcterms:modified')).toEqual([`${book.date}T00:00:00Z`]);
    expect(dc('identifier')[0]).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(dc('source')[0]).toContain(book.title);
    expect(meta('source-of')).toEqual(['pagination']);
  });

  it('claims EPUB Accessibility 1.1 at WCAG 2.2 AA, with the features it has and no hazard', () => {
    expect(meta('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
    expect(meta('schema:accessModeSufficient')).toEqual(['textual']);
    expect(meta('schema:accessibilityHazard')).toEqual(['none']);
    expect(meta('schema:accessibilityFeature')).toEqual(
      expect.arrayContaining(['tableOfContents', 'pageNavigation', 'alternativeText']),
    );
    expect(meta('a11y:certifiedBy')[0]).toContain(book.publisher);
    // The features claimed are there: page markers, a contents list, and a title on every chart.
    expect([...docs.values()].some((d) => d.querySelector('[epub\\:type="pagebreak"]'))).toBe(true);
    for (const doc of docs.values())
      for (const svg of doc.querySelectorAll('svg.chart__svg'))
        expect(svg.querySelector('title')?.text).toMatch(/^Figure \d+:/);
  });

  it("reads in the print edition's order: cover, contents, key findings, then every chapter, each listed in the contents", () => {
    const keyFindings = data.keyFindings.length > 0 ? [`${KEY_FINDINGS_PAGE.id}.xhtml`] : [];
    expect(spine.map((d) => d.path)).toEqual([
      'cover.xhtml',
      'nav.xhtml',
      ...keyFindings,
      ...siteChapters.map((c) => `${c.id}.xhtml`),
    ]);
    const toc = nav.querySelectorAll('nav[epub\\:type="toc"] > ol > li > a').map((a) => a.text);
    expect(toc).toEqual([
      ...(keyFindings.length ? [KEY_FINDINGS_PAGE.title] : []),
      ...siteChapters.map((c) => c.title),
    ]);
    const landmarks = nav.querySelectorAll('nav[epub\\:type="landmarks"] a').map((a) => a.getAttribute('epub:type'));
    expect(landmarks).toEqual(expect.arrayContaining(['cover', 'toc', 'bodymatter']));
  });

  it("holds every chapter's text as the site shows it, with no copy of its own", () => {
    const words = (el: { text: string } | null) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
    for (const chapter of siteChapters) {
      const doc = docs.get(`${chapter.id}.xhtml`)!;
      expect(words(doc.querySelector('h1'))).toBe(chapter.title);
      const paragraphs = chapter.doc.querySelectorAll('.prose > p').map(words);
      expect(doc.querySelectorAll('.prose > p').map(words)).toEqual(paragraphs);
    }
  });

  it('shows every chart with the same title, description, data table and source as the site', () => {
    const charts = (root: ReturnType<typeof page>) =>
      root.querySelectorAll('figure.chart').map((f) => ({
        id: f.getAttribute('id'),
        title: f.querySelector('svg title')?.text,
        desc: f.querySelector('svg desc')?.text,
        table: f.querySelector('table')?.text.replace(/\s+/g, ' '),
        source: f.querySelector('.chart__source')?.text.replace(/\s+/g, ' '),
      }));
    const site = siteChapters.flatMap((c) => charts(c.doc));
    expect(site.length).toBeGreaterThan(0);
    expect(siteChapters.flatMap((c) => charts(docs.get(`${c.id}.xhtml`)!))).toEqual(site);
  });

  it(
    'keeps links inside the book: every link to a chapter, figure, term or note lands on an ' + 'element of the book',
    () => {
      let inside = 0;
      for (const [path, doc] of docs) {
        for (const a of doc.querySelectorAll('a[href]')) {
          const href = a.getAttribute('href')!;
          if (/^https?:/.test(href)) {
            expect(href, `${path}: ${href}`).toMatch(/^(?!https?:\/\/(127\.0\.0\.1|localhost))/);
            continue;
          }
          const [file = '', id] = href.split('#');
          const target = docs.get(file || path);
          expect(target, `${path}: ${href}`).toBeDefined();
          if (id) expect(target!.getElementById(id), `${path}: ${href}`).not.toBeNull();
          inside++;
        }
      }
      const refs = siteChapters.reduce((n, c) => n + c.doc.querySelectorAll('a.ref').length, 0);
      expect(inside).toBeGreaterThan(refs);
    },
  );

  it('links an abbreviation, where a chapter first uses it, to the glossary entry that spells it out', () => {
    const glossaryLinks = [...docs.values()].flatMap((doc) => doc.querySelectorAll('a.glossary-link'));
    expect(glossaryLinks.length).toBeGreaterThan(0);
    for (const a of glossaryLinks) {
      const [file, id] = a.getAttribute('href')!.split('#');
      expect(docs.get(file!)!.getElementById(id!)?.querySelector('abbr')?.text).toBe(a.querySelector('abbr')!.text);
    }
  });

  it('lists every page of the print edition in its page-list, each at a page-break marker', () => {
    const entries = nav.querySelectorAll('nav[epub\\:type="page-list"] a');
    expect(entries.map((a) => a.text)).toEqual(entries.map((_, i) => String(i + 1)));
    for (const a of entries) {
      const [file, id] = a.getAttribute('href')!.split('#');
      const marker = docs.get(file!)!.getElementById(id!);
      expect(marker?.getAttribute('epub:type'), a.getAttribute('href')!).toBe('pagebreak');
      expect(marker?.getAttribute('title')).toBe(a.text);
    }
  });

  it('is offered beside the PDF on the landing page and every chapter page, with its size', () => {
    const label = `(EPUB, ${formatFileSize(statSync(EPUB).size)})`;
    const offered = (path: string) =>
      page(path)
        .querySelectorAll('a[type="application/epub+zip"]')
        .map((a) => ({ file: pageForHref(a.getAttribute('href')!)?.replace(/\/index\.html$/, ''), text: a.text }));
    expect(offered('index.html')).toEqual([
      { file: paths.epub(book.title), text: `Download the report as an eBook ${label}` },
    ]);
    for (const chapter of siteChapters) {
      expect(offered(`${chapter.id}/index.html`), chapter.id).toEqual([
        { file: paths.epub(book.title), text: `Download the whole report as an eBook ${label}` },
      ]);
    }
    // No page anywhere is left with a size unfilled.
    for (const path of builtPages())
      for (const size of page(path).querySelectorAll('[data-epub-size]')) expect(size.text, path).toMatch(/^EPUB, /);
  });
});
