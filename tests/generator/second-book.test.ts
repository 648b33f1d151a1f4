/**
 * The second book (tests/fixtures/mini-book), copied outside the project and built twice by the real
 * `npm run build -- --book <its folder>` (scripts/build-site.ts): its site, search index and PDFs
 * are its own, none of it names the first book, and its builds are byte-for-byte the same: a cold build,
 * a rebuild from its caches, and a cold build of a fresh copy.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChapterFiles } from '../../src/book/chapters/chapter-files.ts';
import { loadData } from '../../src/book/data/load.ts';
import { openPdf, pageText } from '../../src/pipeline/harness/read-pdf.ts';
import { builtPages, page } from '../support/site.ts';
import { MINI_BOOK } from '../support/temp-book.ts';
import { FIRST_BOOK_NAMES, FIRST_BOOK_WORDS, namesOfFirstBook } from './first-book.ts';
import { addressProblems } from './address-check.ts';
import { siteAddress, paths } from '../../src/book/routes.ts';

const book = mkdtempSync(join(tmpdir(), 'second-book-'));
const fresh = mkdtempSync(join(tmpdir(), 'second-book-fresh-'));
const siteOnly = mkdtempSync(join(tmpdir(), 'second-book-site-'));
const [first, second, other, edited] = [
  join(book, 'first-build'),
  join(book, 'dist'),
  join(fresh, 'cold-build'),
  join(fresh, 'dist'),
];
// The edit the last build follows: one sentence added to one chapter, as an editor would.
const EDIT = { chapter: 'waiting', sentence: 'A sentence the rebuild test adds to this chapter.' };
const data = loadData(MINI_BOOK);
const chapters = readChapterFiles(MINI_BOOK).map((c) => c.id);

/** `npm run build -- --book <root>` from the project folder, as an editor would run it. */
function build(root = book, options: string[] = []): string {
  const run = spawnSync(process.execPath, ['scripts/build-site.ts', '--book', root, ...options], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the second book did not build:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** The PNG cache's files, each with the inode and time it was written: a render writes one (png-cache.ts). */
const renders = (root: string) =>
  readdirSync(join(root, '.cache', 'png'))
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => {
      const { ino, mtimeMs } = statSync(join(root, '.cache', 'png', f));
      return `${f} ${ino} ${mtimeMs}`;
    });

let log = '';
let rebuildLog = '';
let siteOnlyLog = '';
let unchangedLog = '';
let tamperedLog = '';
let siteEditedLog = '';
/** Each file of a site with its inode and modification time: what a build that writes nothing leaves as it was. */
const untouched = (dist: string) =>
  files(dist).map((f) => {
    const { ino, mtimeMs } = statSync(join(dist, f));
    return `${f} ${ino} ${mtimeMs}`;
  });
let beforeUnchanged: string[] = [];
let afterUnchanged: string[] = [];
let firstRenders: string[] = [];
let rebuildRenders: string[] = [];
beforeAll(() => {
  for (const root of [book, fresh, siteOnly])
    for (const part of ['data', 'src']) cpSync(join(MINI_BOOK, part), join(root, part), { recursive: true });
  log = build();
  firstRenders = renders(book);
  renameSync(second, first);
  rebuildLog = build();
  rebuildRenders = renders(book);
  beforeUnchanged = untouched(second);
  unchangedLog = build();
  afterUnchanged = untouched(second);
  // A published file altered by hand: the build can no longer prove dist/ is its output, so it builds.
  writeFileSync(join(second, 'index.html'), 'altered');
  tamperedLog = build();
  build(fresh);
  renameSync(edited, other);
  appendFileSync(join(fresh, 'src/content/chapters', `${EDIT.chapter}.mdx`), `\n${EDIT.sentence}\n`);
  build(fresh);
  siteOnlyLog = build(siteOnly, ['--site-only']);
  appendFileSync(join(siteOnly, 'src/content/chapters', `${EDIT.chapter}.mdx`), `\n${EDIT.sentence}\n`);
  siteEditedLog = build(siteOnly, ['--site-only']);
}, 600_000);
afterAll(() => [book, fresh, siteOnly].forEach((root) => rmSync(root, { recursive: true, force: true })));

const files = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dist, f)).isFile())
    .sort();
const bookPdf = async (dist: string) => openPdf(new Uint8Array(readFileSync(join(dist, paths.pdf(data.book.title)))));

describe('the second book, built by npm run build -- --book', () => {
  it("checks and builds its own chapters, not the project's", () => {
    expect(log).toContain(`Checked ${data.stats.size} stats, 0 glossary entries and ${chapters.length} chapters (`);
    expect(log).toContain('Published to');
    expect(existsSync(join(book, 'dist.staging'))).toBe(false);
  });

  it('has a page per chapter, with its title, charts and stats', () => {
    expect(builtPages(second).filter((p) => chapters.some((c) => p === `${c}/index.html`))).toHaveLength(
      chapters.length,
    );
    const waiting = page('waiting/index.html', second);
    expect(waiting.querySelector('h1')?.text).toBe('How long patients wait');
    expect(waiting.querySelectorAll('figure.chart').map((f) => f.id)).toEqual(['chart-waits', 'chart-waits-trend']);
    expect(waiting.text).toContain('72%');
    const cover = page('index.html', second);
    expect(cover.querySelector('h1')?.text).toContain(data.book.title);
    expect(cover.querySelector('.lede')?.text).toBe(data.book.summary);
  });

  it('links its cross-references to their targets', () => {
    const refs = page('about-the-surveys/index.html', second)
      .querySelectorAll('a.ref')
      .map((a) => [a.text, a.getAttribute('href')]);
    expect(refs).toEqual([
      ['How long patients wait', '/waiting/'],
      ['What patients thought', '/experience/'],
      ['Figure 2', '/waiting/#chart-waits-trend'],
    ]);
  });

  it('is built at the root of its address: every internal link resolves, and each page is its own canonical', () => {
    expect(siteAddress(data.book.url).base).toBe('/');
    expect(addressProblems(second, data.book.url)).toEqual([]);
  });

  it('has a search index of its own chapters', () => {
    expect(log).toMatch(new RegExp(`search: indexed ${chapters.length} chapter pages`));
    expect(readdirSync(join(second, 'pagefind')).some((f) => f.startsWith('pagefind-entry'))).toBe(true);
  });

  it('has a PDF of the whole book and of each chapter, titled as this book', async () => {
    for (const id of [undefined, ...chapters])
      expect(existsSync(join(second, paths.pdf(data.book.title, id))), id ?? 'book').toBe(true);
    const pdf = await bookPdf(second);
    expect((await pdf.getMetadata()).info).toMatchObject({
      Title: `${data.book.title}: ${data.book.subtitle}`,
      Author: data.book.publisher,
    });
    expect(await pageText(pdf, 1)).toContain(data.book.title);
  });

  it('names nothing of the first book, in its pages or its PDF', async () => {
    expect(FIRST_BOOK_NAMES.length).toBeGreaterThan(1);
    const text = files(second)
      .filter((f) => /\.(html|xml|txt|json|csv)$/.test(f))
      .map((f) => `${f}\n${readFileSync(join(second, f), 'utf8')}`);
    expect(text.flatMap((t) => namesOfFirstBook(t).map((n) => `${t.split('\n')[0]}: ${n}`))).toEqual([]);
    const pdf = await bookPdf(second);
    const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
    expect(namesOfFirstBook(pages.join('\n') + JSON.stringify((await pdf.getMetadata()).info))).toEqual([]);
  });

  it('uses none of the first book\'s title words that its own text does not use ("NHS", "Cyber", ...)', () => {
    const own = ['data', 'src']
      .flatMap((p) =>
        readdirSync(join(MINI_BOOK, p), { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(ya?ml|mdx)$/.test(f))
          .map((f) => readFileSync(join(MINI_BOOK, p, f), 'utf8')),
      )
      .join('\n')
      .toLowerCase();
    const foreign = FIRST_BOOK_WORDS.filter((w) => !own.includes(w.toLowerCase()));
    expect(foreign.length).toBeGreaterThan(3);
    const pattern = new RegExp(`\\b(${foreign.join('|')})\\b`);
    const found = files(second)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => {
        const hit = pattern.exec(readFileSync(join(second, f), 'utf8'));
        return hit ? [`${f}: ${hit[0]}`] : [];
      });
    expect(found).toEqual([]);
  });
});

describe('building the second book again', () => {
  it(
    'makes every PDF and the EPUB again on a rebuild (Typst sets them in well under a ' + 'second: no cache to trust)',
    () => {
      expect(rebuildLog).toContain(`Made ${chapters.length + 1} PDFs`);
      expect(rebuildLog).toMatch(/Made the EPUB: /);
    },
  );

  it("after one chapter's text changed, shows the new text in its page and PDFs", async () => {
    expect(readFileSync(join(edited, EDIT.chapter, 'index.html'), 'utf8')).toContain(EDIT.sentence);
    for (const id of [EDIT.chapter, undefined]) {
      const pdf = await openPdf(new Uint8Array(readFileSync(join(edited, paths.pdf(data.book.title, id)))));
      const text = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
      expect(text.join(' ').replace(/\s+/g, ' '), id ?? 'book').toContain(EDIT.sentence);
    }
  });

  it("rasterises each chart once (its PNG is also its figure's card), each chapter's card and the cover's, and on a rebuild none", () => {
    const pngs = files(first).filter((f) => f.endsWith('.png'));
    expect(pngs.filter((f) => f.startsWith('data/'))).toHaveLength(data.charts.size);
    expect(pngs).toHaveLength(data.charts.size + chapters.length + 1);
    // The cache started empty: one file per render, so as many renders as PNGs served, and no more.
    expect(firstRenders).toHaveLength(pngs.length);
    expect(rebuildRenders).toEqual(firstRenders);
    // And the build says so.
    expect(log).toContain(`(${pngs.length} pictures drawn, the others from the cache)`);
    expect(rebuildLog).toContain('(0 pictures drawn, the others from the cache)');
  });

  // The rebuild takes its pictures from the cache the first build left; the fresh copy has none.
  it.each([
    ['a rebuild from the caches', second],
    ['a cold build of a fresh copy', other],
  ])('%s gives the same files, byte for byte: pages, search index, data, PDFs and EPUB', (_, dist) => {
    const made = files(dist);
    expect(files(first)).toEqual(made);
    expect(made.filter((f) => f.endsWith('.pdf')).length).toBe(chapters.length + 1);
    const differ = made.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(dist, f))));
    expect(differ).toEqual([]);
  });
});

describe('building the second book with nothing changed', () => {
  it('publishes nothing and leaves every file as it was, when every input is as it was and dist/ as published', () => {
    expect(unchangedLog).toContain('Nothing changed since');
    expect(unchangedLog).not.toContain('Published to');
    expect(afterUnchanged).toEqual(beforeUnchanged);
  });

  it('builds again when a published file was altered, and puts it right', () => {
    expect(tamperedLog).toContain('Published to');
    expect(readFileSync(join(second, 'index.html')).equals(readFileSync(join(first, 'index.html')))).toBe(true);
  });

  it('builds again when a chapter changed', () => {
    expect(siteEditedLog).toContain('Published to');
    expect(readFileSync(join(siteOnly, 'dist', EDIT.chapter, 'index.html'), 'utf8')).toContain(EDIT.sentence);
  });
});

describe('the second book built as a site alone (--site-only, as the bench builds its largest book)', () => {
  it('renders no print page and makes no PDF or EPUB, yet publishes every chapter and its search index', () => {
    const made = files(join(siteOnly, 'dist'));
    expect(made.filter((f) => /^(print|pdf|epub)\//.test(f))).toEqual([]);
    expect(made).toEqual(expect.arrayContaining([...chapters.map((id) => `${id}/index.html`), 'pagefind/pagefind.js']));
    expect(siteOnlyLog).toContain('Published to');
    // Its log speaks of no print edition: it has none.
    expect(siteOnlyLog).not.toMatch(/PDF|EPUB|print/);
  });
});
