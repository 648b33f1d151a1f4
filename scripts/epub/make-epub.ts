/**
 * The EPUB 3 edition, made from a built site: the print edition's page (print/index.html) gives the
 * cover and the chapters, the book's PDF gives the page numbers, data/book.yaml the metadata.
 * Input: the built site's folder. Output: the EPUB's bytes, written to epub/<book>.epub in that folder.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'hast';
import type { BookData } from '../../src/lib/data/load.ts';
import { epubPath } from '../../src/lib/print/epub-file.ts';
import { pdfPath } from '../../src/lib/print/pdf-files.ts';
import { openPdf, pageText } from '../pdf/read-pdf.ts';
import { adaptChapter, idsIn, type LinkMap } from './adapt.ts';
import { glossaryTargets, linkAbbreviations } from './glossary-links.ts';
import { COVER_FILE, NAV_FILE, navBody } from './nav.ts';
import { packageDocument, type ManifestItem } from './package-document.ts';
import { markPages, type PrintedPart } from './page-list.ts';
import { readSource } from './source.ts';
import { STYLESHEET, xhtmlDocument } from './xhtml.ts';
import { zipEpub, type EpubEntry } from './zip.ts';

export interface MadeEpub { path: string; bytes: Uint8Array; pages: number; chapters: number }

const BODY_TYPE: Record<string, string> = { front: 'frontmatter', chapter: 'bodymatter', back: 'backmatter' };
const CSS = readFileSync(new URL('epub.css', import.meta.url), 'utf8');

/** Makes the EPUB from the site built in `dist` (served under `base`) and writes it there. */
export async function makeEpub(dist: string, { book }: BookData, base = '/'): Promise<MadeEpub> {
  const source = readSource(dist);
  const chapters = source.chapters.map((c) => ({ ...c, file: `${c.id}.xhtml`, body: { type: 'root', children: [c.article] } as Root }));
  const cover = { file: COVER_FILE, body: { type: 'root', children: [source.cover] } as Root };
  const contents = { file: NAV_FILE, body: { type: 'root', children: [] } as Root };

  const links: LinkMap = { base, site: book.url, chapterFile: new Map(chapters.map((c) => [c.id, c.file])), idFile: new Map() };
  for (const doc of [cover, ...chapters]) for (const id of idsIn(doc.body)) if (!links.idFile.has(id)) links.idFile.set(id, doc.file);
  adaptChapter(source.cover, cover.file, links);
  const abbreviations = glossaryTargets(chapters);
  for (const c of chapters) {
    adaptChapter(c.article, c.file, links);
    linkAbbreviations(c.article, abbreviations);
  }

  const pdf = await openPdf(new Uint8Array(readFileSync(join(dist, pdfPath(book.title)))));
  const texts = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
  const paper = (await pdf.getPage(1)).view[2]! > 600 ? 'US Letter' : 'A4';
  await pdf.loadingTask.destroy();
  // The print edition's parts in its order, as the PDF's pages run through them.
  const printed = source.order.map((el): PrintedPart => (el === source.cover ? { doc: cover }
    : el === source.printedContents ? { doc: { file: NAV_FILE, body: { type: 'root', children: [el] } }, markAtStartOf: contents }
    : { doc: chapters.find((c) => c.article === el)! }));
  const pages = markPages(texts, printed);
  const pagination = `${book.title}, print edition (PDF, ${paper}), ${book.edition}`;
  contents.body.children.push(...navBody({ chapters, pages, pagesFrom: 'the print edition' }));

  const doc = (title: string, body: Root, type: string) => xhtmlDocument({ title, lang: source.lang, body, type });
  const entries: EpubEntry[] = [
    { path: STYLESHEET, content: CSS },
    { path: COVER_FILE, content: doc(book.title, cover.body, 'frontmatter') },
    { path: NAV_FILE, content: doc('Contents', contents.body, 'frontmatter') },
    ...chapters.map((c) => ({ path: c.file, content: doc(c.title, c.body, BODY_TYPE[c.kind] ?? 'bodymatter') })),
  ];
  const items: ManifestItem[] = entries.map((e, i) => ({
    id: i === 0 ? 'css' : `doc-${e.path.replace(/\.xhtml$/, '')}`,
    href: e.path,
    type: e.path.endsWith('.css') ? 'text/css' : 'application/xhtml+xml',
    properties: [e.path === NAV_FILE && 'nav', String(e.content).includes('<svg') && 'svg'].filter(Boolean).join(' ') || undefined,
  }));
  // A stable identifier: the same book and edition always get the same one.
  const hash = createHash('sha1').update(`${book.url}\n${book.edition}`).digest('hex');
  const identifier = `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  entries.push({ path: 'package.opf', content: packageDocument({ book, identifier, pagination, items, spine: items.slice(1).map((i) => i.id) }) });

  const bytes = zipEpub(entries, book.date);
  const path = epubPath(book.title);
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), bytes);
  return { path, bytes, pages: pages.length, chapters: chapters.length };
}
