/**
 * The whole book as plain document trees, the one source of the print edition and the EPUB: the
 * cover, the key findings (when the book has them) and every chapter in reading order, each rendered
 * from the book index and data/ (chapter-tree.ts). Nothing here knows how it will be set.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { BookIndex, IndexedChapter } from '../../book/book-index/index.ts';
import { shortTitle } from '../../book/chapters/book-order.ts';
import { formatDate } from '../../book/data/describe.ts';
import { KEY_FINDINGS_PAGE } from '../../book/data/key-findings.ts';
import type { BookData } from '../../book/data/load.ts';
import { formatStat, machineValue } from '../../book/data/format.ts';
import { siteAddress } from '../../book/routes.ts';
import { chapterTree } from './chapter-tree.ts';
import { siteHref } from './components.ts';

export interface BookChapter {
  /** The chapter, with its number ("Chapter 3"; front and back matter have none). */
  chapter: IndexedChapter;
  /** Its <article>. */
  article: Element;
}

export interface BookDocument {
  data: BookData;
  index: BookIndex;
  /** The site's base path ("/report/"): the trees' links are the site's addresses. */
  base: string;
  cover: Element;
  /** The key findings page, if the book has findings. */
  keyFindings?: Element;
  chapters: BookChapter[];
}

// Once per version of the data and of the book index: the PDF and EPUB steps (and the live print
// preview, until a save) read the same trees. Nothing changes them: the EPUB changes a copy.
const memo = new WeakMap<BookData, WeakMap<BookIndex, BookDocument>>();

/** The book, rendered from its data and index. */
export function bookDocument(data: BookData, index: BookIndex): BookDocument {
  const byIndex = memo.get(data) ?? memo.set(data, new WeakMap()).get(data)!;
  return byIndex.get(index) ?? byIndex.set(index, renderBook(data, index)).get(index)!;
}

function renderBook(data: BookData, index: BookIndex): BookDocument {
  const { base } = siteAddress(data.book.url);
  const chapters = index.chapters.map((chapter) => ({ chapter, article: chapterTree(chapter, { data, index, base }) }));
  return { data, index, base, cover: cover(data), keyFindings: keyFindings(data, index, base), chapters };
}

function cover({ book }: BookData): Element {
  return h('section', { class: 'print-cover', ariaLabel: 'Cover' }, [
    h('div', { class: 'print-cover__band' }, [
      h('p', { class: 'print-cover__kicker' }, book.publisher),
      h('h1', { class: 'print-cover__title' }, book.title),
      ...(book.subtitle ? [h('p', { class: 'print-cover__subtitle' }, book.subtitle)] : []),
    ]),
    h('div', { class: 'print-cover__foot' }, [
      h('p', { class: 'print-cover__date' }, formatDate(book.date)),
      h('p', [`${book.edition}. Read it online at `, h('a', { href: book.url }, book.url)]),
      h('p', { class: 'print-cover__licence' }, book.licence),
    ]),
  ]);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function keyFindings({ keyFindings: findings, stats }: BookData, index: BookIndex, base: string): Element | undefined {
  if (!findings.length) return undefined;
  const chapters = new Map(index.chapters.map((c) => [c.id, c]));
  return h(
    'section',
    { class: 'print-key-findings key-findings', id: KEY_FINDINGS_PAGE.id, dataShortTitle: KEY_FINDINGS_PAGE.head },
    [
      h('h1', { id: 'key-findings-heading', class: 'key-findings__heading' }, KEY_FINDINGS_PAGE.title),
      h(
        'ul',
        { class: 'key-findings__list' },
        findings.map((finding) => {
          const stat = stats.get(finding.stat)!;
          return h('li', { class: 'key-finding' }, [
            h('p', { class: 'key-finding__text' }, [
              // Each card is a sentence: its number, as written ("eight in 10"), opens it.
              h('span', { class: 'key-finding__stat' }, [
                h(
                  'data',
                  { class: 'stat', value: machineValue(stat), dataStat: stat.id },
                  capitalised(formatStat(stat)),
                ),
              ]),
              ' ',
              h('span', { class: 'key-finding__meaning' }, finding.meaning),
            ]),
            h('a', { class: 'key-finding__link', href: siteHref(base, finding.chapter) }, [
              h('span', { class: 'visually-hidden' }, 'Read more in '),
              shortTitle({ id: finding.chapter, data: chapters.get(finding.chapter)!.data }),
            ]),
          ]);
        }),
      ),
    ],
  );
}
