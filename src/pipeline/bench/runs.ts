/**
 * The builds the bench measures for one book and engine: a cold build (a fresh copy: no dist/, no
 * caches), a rebuild with nothing changed, and a rebuild after one chapter's text changed, which is
 * what an editor waits for most. From each build's log, the seconds its print steps say they took.
 */
import { appendFileSync, cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { weighPage } from '../harness/page-weight.ts';
import { build, type Editions, type Engine } from './engine.ts';
import type { Measured } from './measure.ts';
import { cachePath } from '../../lib/cache.ts';
import { paths } from '../../book/routes.ts';

/** 'cold, pictures cached': a fresh copy given only the PNG cache of a cold build, so it rasterises nothing. */
export type RunKind = 'cold' | 'cold, pictures cached' | 'nothing changed' | 'one chapter changed';

/** One measured build and what it made. */
export interface Run {
  book: string;
  engine: string;
  kind: RunKind;
  editions: Editions;
  chapters: number;
  /** HTML pages published (the print pages, the PDFs' source, excluded). */
  pages: number;
  measured: Measured;
  /** Bytes of the published website, PDFs and EPUB excluded. */
  siteBytes: number;
  /** Bytes of the largest PDF (the whole book), when PDFs were made. */
  bookPdfBytes?: number;
  /** The print steps as the build's log reports them (this engine's Typst steps; absent when not in the log). */
  steps?: PrintSteps;
  /** Everything in dist/, PDFs and print pages included. */
  dist?: { bytes: number; files: number };
  /** The PNGs in dist/ (charts for slides, social cards): how many, and their bytes. */
  rasters?: { count: number; bytes: number };
  /** One chapter page, all in, gzip-compressed (src/pipeline/harness/page-weight.ts), and the bytes of script it runs. */
  chapterPage?: { path: string; gzip: number; script: number };
}

/** A page to weigh after a build: its path in dist/ and the base path the site is built for. */
export interface Weigh {
  page: string;
  base: string;
}

/** What the build's log says of its print editions: `Made N PDFs (…) in X s.` and `Made the EPUB: … in X s.` */
export interface PrintSteps {
  pdfs?: { count: number; bookPages: number; allPages: number; seconds: number };
  epub?: { chapters: number; pagesListed: number; size: string; seconds: number };
}

/** Reads the PDF and EPUB steps' lines from a build's output (stdout and stderr). */
export function printSteps(output: string): PrintSteps | undefined {
  const pdfs = /Made (\d+) PDFs \((\d+) pages in the book's, (\d+) in all\) in ([\d.]+) s\./.exec(output);
  const epub = /Made the EPUB: \S+: (\d+) chapters, (\d+) print pages listed, (.+?) in ([\d.]+) s\./.exec(output);
  if (!pdfs && !epub) return undefined;
  return {
    pdfs: pdfs
      ? { count: Number(pdfs[1]), bookPages: Number(pdfs[2]), allPages: Number(pdfs[3]), seconds: Number(pdfs[4]) }
      : undefined,
    epub: epub
      ? { chapters: Number(epub[1]), pagesListed: Number(epub[2]), size: epub[3]!, seconds: Number(epub[4]) }
      : undefined,
  };
}

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));
/** The chapter files, relative to their folder: this engine's MDX chapters, or a Starlight peer's Markdown docs. */
function chapterFiles(book: string): string[] {
  const dir = chapterDir(book);
  return existsSync(dir)
    ? files(dir)
        .filter((f) => /\.mdx?$/.test(f))
        .sort()
    : [];
}
const chapterDir = (book: string) =>
  [join(book, 'src/content/chapters'), join(book, 'src/content/docs')].find(existsSync) ??
  join(book, 'src/content/chapters');

/** Builds the book at `book` once with `engine` and reads what it published. */
export function measureBuild(
  engine: Engine,
  book: string,
  name: string,
  kind: RunKind,
  editions: Editions,
  weigh?: Weigh,
): Run {
  const measured = build(engine, book, editions);
  log(`  ${name}, ${engine.name}, ${kind}: ${measured.wall.toFixed(1)} s, ${measured.cpu?.toFixed(1) ?? '?'} s CPU`);
  const dist = join(book, 'dist');
  const published = files(dist).filter((f) => !/^print(\/|$)/.test(f) && statSync(join(dist, f)).isFile());
  const size = (f: string) => statSync(join(dist, f)).size;
  const pdfs = published.filter((f) => f.startsWith(paths.pdfs)).map(size);
  const all = files(dist).filter((f) => statSync(join(dist, f)).isFile());
  const pngs = all.filter((f) => f.endsWith('.png'));
  const page = weigh && existsSync(join(dist, weigh.page)) ? weighPage(dist, weigh.page, weigh.base) : undefined;
  return {
    book: name,
    engine: engine.name,
    kind,
    editions,
    chapters: chapterFiles(book).length,
    measured,
    pages: published.filter((f) => f.endsWith('.html')).length,
    siteBytes: published.filter((f) => !/^(pdf|epub)\//.test(f)).reduce((total, f) => total + size(f), 0),
    bookPdfBytes: pdfs.length ? Math.max(...pdfs) : undefined,
    steps: printSteps(measured.output),
    dist: { bytes: all.reduce((total, f) => total + size(f), 0), files: all.length },
    rasters: { count: pngs.length, bytes: pngs.reduce((total, f) => total + size(f), 0) },
    chapterPage: page && weigh ? { path: weigh.page, gzip: page.total, script: page.script } : undefined,
  };
}

/** The two rebuilds after a cold build of `book`: with nothing changed, then with one chapter's text changed. */
export function measureRebuilds(engine: Engine, book: string, name: string, editions: Editions, weigh?: Weigh): Run[] {
  return [
    measureBuild(engine, book, name, 'nothing changed', editions, weigh),
    measureEdited(engine, book, name, editions, weigh),
  ];
}

/**
 * A cold build of a fresh copy of `book` (its data and chapters) in `copy`, given only the pictures `book`'s
 * cold build drew (its .cache/png/): the cold build without its rasters, and by difference, what they cost.
 */
export function measurePicturesCached(
  engine: Engine,
  book: string,
  copy: string,
  name: string,
  editions: Editions,
  weigh?: Weigh,
): Run {
  for (const part of ['data', 'src']) cpSync(join(book, part), join(copy, part), { recursive: true });
  cpSync(cachePath(book, 'pictures'), cachePath(copy, 'pictures'), { recursive: true });
  return measureBuild(engine, copy, name, 'cold, pictures cached', editions, weigh);
}

/** A rebuild after one sentence was added to the book's first chapter. */
export function measureEdited(engine: Engine, book: string, name: string, editions: Editions, weigh?: Weigh): Run {
  const chapter = join(chapterDir(book), chapterFiles(book)[0]!);
  appendFileSync(chapter, '\nThis sentence was added by the benchmark, to measure a rebuild after an edit.\n');
  return measureBuild(engine, book, name, 'one chapter changed', editions, weigh);
}
