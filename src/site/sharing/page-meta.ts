/**
 * What the head tags and social cards say about each page, worked out from its route: a chapter gets
 * its own card and `article` type; a figure's page (/embed/<chart-id>/) its chart's PNG (/data/<id>.png,
 * no second raster of the same chart); every other page shares the cover's card. Each image's size is
 * the one its file has: the tags state it, so platforms can lay the card out before fetching it.
 */
import { getData } from '../../book/data/index.ts';
import { getBookIndex, type IndexedChapter } from '../../book/book-index/index.ts';
import { placedCharts } from '../../figures/view.ts';
import { chartPngSize } from '../../figures/files/standalone.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './og-image.ts';
import { paths, publicUrl } from '../../book/routes.ts';

/** The image a page shares: its address, size and text alternative. */
export interface PageImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The text of one social card (see og-image.ts), and the id its file is named by. */
export interface CardText {
  id: string;
  kicker: string;
  title: string;
  footer: string;
  alt: string;
}

/** The cover's card id: /og/index.png. No chapter can take it, since its page would be the home page. */
export const COVER_CARD = 'index';

/** The chapter of the book at `root` a route shows ('funding/' → the funding chapter), if any. */
export function chapterAt(root: string, route: string): IndexedChapter | undefined {
  return getBookIndex(root).chapters.find((chapter) => route === paths.chapter(chapter.id));
}

/**
 * Every card to render: the cover's, then one per chapter (from the book index: the build draws them outside Astro's
 * pages).
 */
function all(root: string): CardText[] {
  const { book } = getData(root);
  const { chapters } = getBookIndex(root);
  const reportName = book.subtitle ? `${book.title}: ${book.subtitle}` : book.title;
  const cover: CardText = {
    id: COVER_CARD,
    kicker: book.edition,
    title: book.title,
    footer: book.subtitle ?? book.publisher,
    alt: `${reportName}, a report by ${book.publisher}.`,
  };
  return [
    cover,
    ...chapters.map((chapter) => {
      const { number } = chapter;
      return {
        id: chapter.id,
        kicker: number ? `Chapter ${number}` : 'From the report',
        title: chapter.data.title,
        footer: reportName,
        alt: `${number ? `Chapter ${number}: ` : ''}${chapter.data.title}. From ${reportName}.`,
      };
    }),
  ];
}

/** The figure page a route shows ('embed/staff-views/'), with its chart's PNG as its card. */
async function figureCard(root: string, route: string): Promise<PageImage | undefined> {
  const view = (await placedCharts(root)).find((placed) => route === paths.figurePage(placed.spec.id));
  if (!view) return undefined;
  const { book } = getData(root);
  // links.png is the site's own path to the PNG (the base included): resolved against the book's address.
  return {
    url: new URL(view.links.png, book.url).href,
    alt: `${view.name}. ${view.desc} From ${book.title}.`,
    ...chartPngSize(view, book),
  };
}

/** The card for a route: the figure's, the chapter's own, or the cover's. */
async function forRoute(root: string, route: string): Promise<PageImage> {
  const figure = await figureCard(root, route);
  if (figure) return figure;
  const chapter = chapterAt(root, route);
  const card = all(root).find((c) => c.id === (chapter?.id ?? COVER_CARD))!;
  return {
    alt: card.alt,
    url: publicUrl(paths.card(card.id), getData(root).book.url),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
  };
}

/** Social cards: `all(root)` for the build, `forRoute(root, route)` for a page's head. */
export const cardFor = { all, forRoute };
