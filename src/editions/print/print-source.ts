/**
 * A print document as Typst source: the whole book (cover, contents, key findings, every chapter) or
 * one chapter on its own, numbered from page 1. Both are the book's document trees written through
 * typst-markup.ts into calls of the template (book.typ), with the charts' drawings beside them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import type { BookChapter, BookDocument } from '../document/book-tree.ts';
import { chartFigure } from '../../figures/figure.ts';
import { chartPlaces } from '../../book/book-index/index.ts';
import { KEY_FINDINGS_PAGE } from '../../book/data/key-findings.ts';
import { formatDate } from '../../book/data/describe.ts';
import { fullTitle } from '../../book/citation.ts';
import { publicUrl } from '../../book/routes.ts';
import { chartWords, printChartSvg } from './chart-drawing.ts';
import { checkGlyphs } from './fonts.ts';
import { select, selectAll } from 'hast-util-select';
import {
  blocks,
  enterUnit,
  inline,
  label,
  str,
  textOf,
  unitInline,
  type MarkupContext,
  type PageMarkers,
} from './typst-markup.ts';
import { PAPERS, type Paper } from './papers.ts';

/** What Typst is handed: the main file, the files it may read (the drawings), and the PDF's title. */
export interface PrintSource {
  main: string;
  files: Files;
  title: string;
}
/** The files a document hands Typst, by the path it reads them at. */
export type Files = Map<string, string | Uint8Array>;

export interface SourceOptions {
  paper: Paper;
  /** The EPUB's page-list passes: where markers go (page-starts.ts). */
  markers?: PageMarkers;
}

/** The whole book as Typst source. */
export function bookSource(doc: BookDocument, sourceOptions: SourceOptions): PrintSource {
  const options = partOptions(
    doc,
    sourceOptions,
    doc.chapters.map((c) => c.chapter.id),
  );
  const parts = [
    checked(cover(doc), { file: 'data/book.yaml' }),
    contents(doc),
    ...(doc.keyFindings ? [keyFindings(doc.keyFindings, doc, options)] : []),
    ...doc.chapters.map((c) => chapter(c, doc, options)),
  ];
  return source(doc, fullTitle(doc.data.book), parts, options);
}

/** One chapter as a document of its own: links to other chapters lead to the site. */
export function chapterSource(doc: BookDocument, id: string, sourceOptions: SourceOptions): PrintSource {
  const part = doc.chapters.find((c) => c.chapter.id === id)!;
  const options = partOptions(doc, sourceOptions, [id]);
  return source(doc, `${part.chapter.title} | ${doc.data.book.title}`, [chapter(part, doc, options)], options);
}

/** What the parts of a document are written with: the options, the chapters it holds, and the files it hands Typst. */
interface PartOptions extends SourceOptions {
  inDocument: Set<string>;
  files: Files;
}

const partOptions = (doc: BookDocument, options: SourceOptions, chapters: string[]): PartOptions => ({
  ...options,
  inDocument: new Set(chapters),
  files: new Map(drawings(doc)),
});

// Worked out once per version of the book's data and index: every document of it (16 here, and the
// page-list's passes on the EPUB's copy of the trees, which holds the same ids) reads them.
const memo = new WeakMap<BookDocument['index'], { drawings: Files; ids: Map<string, Set<string>> }>();
const ofBook = (doc: BookDocument) =>
  memo.get(doc.index) ??
  memo
    .set(doc.index, {
      drawings: chartDrawings(doc),
      ids: new Map(doc.chapters.map((c) => [c.chapter.id, idsIn(c.article)])),
    })
    .get(doc.index)!;
const drawings = (doc: BookDocument): Files => ofBook(doc).drawings;

/** Every placed chart's drawing, by the path Typst reads it at; a label a font lacks stops the build. */
function chartDrawings(doc: BookDocument): Files {
  const files: Files = new Map();
  for (const [id, place] of chartPlaces(doc.index)) {
    const figure = chartFigure(doc.data.charts.get(id)!, doc.data, place);
    const file = doc.index.chapters.find((c) => c.id === place.chapter)!.file;
    checkGlyphs(chartWords(figure), { file: `data/charts.yaml (${id}, in ${file})`, field: 'a label the chart draws' });
    files.set(chartImage(id), printChartSvg(figure));
  }
  return files;
}

function source(doc: BookDocument, title: string, parts: string[], { paper, files }: PartOptions): PrintSource {
  const { book } = doc.data;
  const [year, month, day] = book.date.split('-').map(Number);
  const [lang, region] = book.lang.split('-');
  const main = [
    '#import "/book.typ": *',
    `#show: book.with(title: ${str(title)}, lang: ${str(lang!)}, region: ` +
      `${region ? str(region) : 'none'}, author: (${str(book.publisher)},), ` +
      `paper: ${str(PAPERS[paper].typst)}, date: datetime(year: ${year}, month: ${month}, day: ` +
      `${day}), short-title: ${str(book.title)})`,
    ...parts,
  ].join('\n\n');
  return { main, files, title };
}

export const chartImage = (id: string): string => `/charts/${id}.svg`;

function cover({ data: { book } }: BookDocument): string {
  const online = `[#${str(`${book.edition}. Read it online at `)}#link(${str(book.url)}, ${str(book.url)})]`;
  return (
    `#cover(publisher: ${str(book.publisher)}, title: ${str(book.title)}, subtitle: ` +
    `${book.subtitle ? str(book.subtitle) : 'none'}, ` +
    `date: ${str(formatDate(book.date))}, edition: ${online}, licence: ${str(book.licence)})`
  );
}

function contents(doc: BookDocument): string {
  const entries = [
    ...(doc.keyFindings ? [`#contents-entry(${label(KEY_FINDINGS_PAGE.id)}, ${str(KEY_FINDINGS_PAGE.title)})`] : []),
    ...doc.chapters.map(
      ({ chapter }) =>
        `#contents-entry(${label(chapter.id)}, number: ${chapter.number ? str(String(chapter.number)) : 'none'}, ` +
        `strong: ${chapter.data.kind === 'chapter'}, ${str(chapter.data.title)})`,
    ),
  ];
  return ['#part-start("contents", "Contents")', '#contents-title("Contents")', ...entries].join('\n');
}

function keyFindings(section: Element, doc: BookDocument, options: PartOptions): string {
  const ctx = context('key-findings', 'data/key-findings.yaml', doc, options);
  const cards = section.children
    .filter((n): n is Element => n.type === 'element' && n.tagName === 'ul')
    .flatMap((ul) => ul.children.filter((n): n is Element => n.type === 'element'))
    .map((card) => {
      const [text, link] = card.children.filter((n): n is Element => n.type === 'element') as [Element, Element];
      const [stat, , meaning] = text.children as [Element, unknown, Element];
      const inside = enterUnit(card, ctx);
      return (
        `finding(${inline(stat.children, inside.ctx, inside.mark)}, ` +
        `${inline(meaning.children, inside.ctx)}, ${inline([link], inside.ctx)})`
      );
    });
  return checked(
    [
      `#part-start(${str(KEY_FINDINGS_PAGE.id)}, ${str(KEY_FINDINGS_PAGE.head)})`,
      `#chapter-title[#heading(level: 1)[#${str(KEY_FINDINGS_PAGE.title)}] ${label(KEY_FINDINGS_PAGE.id)}]`,
      `#findings(\n${cards.join(',\n')})`,
    ].join('\n\n'),
    { file: ctx.file },
  );
}

function chapter({ chapter: c, article }: BookChapter, doc: BookDocument, options: PartOptions): string {
  const ctx = {
    ...context(c.id, c.file, doc, options),
    footnote: (id: string) => selectAll('[id]', article).find((el) => el.properties.id === id),
  };
  const body = article.children.filter((n): n is Element => n.type === 'element' && n.tagName !== 'header');
  const lede = select('header .lede', article)!;
  const number = select('header .print-chapter__number', article);
  return checked(
    [
      `#part-start(${str(c.id)}, ${str(c.data.shortTitle ?? c.data.title)})`,
      ...(number ? [`#chapter-number(${str(textOf(number))})`] : []),
      `#chapter-title[#heading(level: 1)[#${str(c.data.title)}] ${label(c.id)}]`,
      `#lede${unitInline(lede, ctx)}`,
      blocks(body, ctx),
    ].join('\n\n'),
    { file: c.file },
    c.text,
  );
}

/** `markup` once every character it will show is in the book's fonts (the rest of it is Typst's ASCII). */
function checked(markup: string, where: { file: string }, source?: string): string {
  checkGlyphs(markup, where, source);
  return markup;
}

/** How links in chapter `id` resolve in this document, and where markers go. */
function context(
  id: string,
  file: string,
  doc: BookDocument,
  { markers, files, inDocument }: PartOptions,
): MarkupContext {
  const { base } = doc;
  const { ids } = ofBook(doc);
  return {
    chapter: id,
    file,
    chartImage,
    image: (src) => {
      // An image of the site's public/ folder, handed to Typst under /images/ (it reads no other file).
      const relative = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
      const local = join(doc.index.root, 'public', relative);
      if (/^[a-z]+:/i.test(src) || relative.includes('..') || !existsSync(local)) return undefined;
      files.set(`/images/${relative}`, readFileSync(local));
      return `/images/${relative}`;
    },
    resolve: (href) => {
      if (!href.startsWith(base)) return { url: href };
      const [path = '', fragment] = href.slice(base.length).split('#') as [string, string | undefined];
      const target = path.replace(/\/$/, '');
      if (!inDocument.has(target))
        return { url: publicUrl(path + (fragment ? `#${fragment}` : ''), doc.data.book.url) };
      return { label: fragment && ids.get(target)?.has(fragment) ? `${target}:${fragment}` : target };
    },
    markers,
  };
}

/** The ids inside a chapter's article, so a link to any other id leads to the chapter itself. */
const idsIn = (article: Element): Set<string> =>
  new Set(
    selectAll('[id]', article)
      .filter((el) => el !== article)
      .map((el) => String(el.properties.id)),
  );
