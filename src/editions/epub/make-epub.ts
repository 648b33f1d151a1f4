/**
 * The EPUB 3 edition, made from the book's document trees, the same source the print edition is set
 * from: the cover, the key findings and every chapter, with the print edition's page numbers where
 * Typst says each page begins, and data/book.yaml's metadata. Output: the EPUB's bytes, written to
 * epub/<book>.epub in the built site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Root } from 'hast';
import type { BookDocument } from '../document/book-tree.ts';
import { PAPERS, type Paper } from '../print/papers.ts';
import { COVER_PART, pageStarts } from '../print/page-starts.ts';
import { adaptChapter, idsIn, type LinkMap } from './adapt.ts';
import { glossaryTargets, linkAbbreviations } from './glossary-links.ts';
import { COVER_FILE, NAV_FILE, navBody } from './nav.ts';
import { packageDocument, type ManifestItem } from './package-document.ts';
import { markPages } from './page-list.ts';
import { copyTrees, epubParts } from './parts.ts';
import { STYLESHEET, xhtmlDocument } from './xhtml.ts';
import { zipEpub, type EpubEntry } from './zip.ts';
import { paths } from '../../book/routes.ts';

export interface MadeEpub {
  path: string;
  bytes: Uint8Array;
  pages: number;
  chapters: number;
}

const BODY_TYPE: Record<string, string> = { front: 'frontmatter', chapter: 'bodymatter', back: 'backmatter' };
const CSS = readFileSync(new URL('epub.css', import.meta.url), 'utf8');

/** Makes the EPUB of the book `printed` (its print edition on `paper`) and writes it into the site at `dist`. */
export function makeEpub(printed: BookDocument, dist: string, paper: Paper): MadeEpub {
  const source = copyTrees(printed);
  const { book } = source.data;
  const chapters = epubParts(source).map((c) => ({
    ...c,
    file: `${c.id}.xhtml`,
    body: { type: 'root', children: [c.article] } as Root,
  }));
  const cover = { file: COVER_FILE, body: { type: 'root', children: [source.cover] } as Root };
  const contents = { file: NAV_FILE, body: { type: 'root', children: [] } as Root };

  // The page-list first, while the trees are as the print edition set them.
  const byPart = new Map([[COVER_PART, cover], ['contents', contents], ...chapters.map((c) => [c.id, c] as const)]);
  const pages = markPages(pageStarts(source, paper), [cover, ...chapters], (part) => byPart.get(part)!);

  const links: LinkMap = {
    base: source.base,
    site: book.url,
    chapterFile: new Map(chapters.map((c) => [c.id, c.file])),
    idFile: new Map(),
  };
  for (const doc of [cover, ...chapters])
    for (const id of idsIn(doc.body)) if (!links.idFile.has(id)) links.idFile.set(id, doc.file);
  adaptChapter(source.cover, cover.file, links);
  const abbreviations = glossaryTargets(chapters);
  for (const c of chapters) {
    adaptChapter(c.article, c.file, links);
    linkAbbreviations(c.article, abbreviations);
  }
  const lang = book.lang;
  const pagination = `${book.title}, print edition (PDF, ${PAPERS[paper].size}), ${book.edition}`;
  contents.body.children.push(...navBody({ chapters, pages, pagesFrom: 'the print edition' }));

  const doc = (title: string, body: Root, type: string) => xhtmlDocument({ title, lang, body, type });
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
    properties:
      [e.path === NAV_FILE && 'nav', String(e.content).includes('<svg') && 'svg'].filter(Boolean).join(' ') ||
      undefined,
  }));
  // A stable identifier: the same book and edition always get the same one.
  const hash = createHash('sha1').update(`${book.url}\n${book.edition}`).digest('hex');
  const identifier = `urn:uuid:${hash.slice(0, 8)}-${hash.slice(8, 12)}-5${hash.slice(13, 16)}-a${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
  entries.push({
    path: 'package.opf',
    content: packageDocument({ book, identifier, pagination, items, spine: items.slice(1).map((i) => i.id) }),
  });

  const bytes = zipEpub(entries, book.date);
  const path = paths.epub(book.title);
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), bytes);
  return { path, bytes, pages: pages.length, chapters: chapters.length };
}
