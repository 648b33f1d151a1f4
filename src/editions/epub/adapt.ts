/**
 * A print chapter made fit for a reading system: what only makes sense on the website goes (links to
 * headings, download links), a chart keeps one drawing (the narrow one, which suits a phone-sized page)
 * with its title, description, data table and source, and every link into the book points at the
 * book's own file.
 */
import type { Element, ElementContent, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';

/** Where the site's links go in the book. */
export interface LinkMap {
  /** The site's base path, e.g. "/" or "/report/". */
  base: string;
  /** The published site, for links to pages the book does not hold. */
  site: string;
  /** The file of each chapter id. */
  chapterFile: Map<string, string>;
  /** The file that holds each element id (a figure, a glossary term, a heading). */
  idFile: Map<string, string>;
}

/** Website-only parts, left out as print leaves them out. */
const WEB_ONLY =
  '.heading-link, .chart__links, .chart__embed, .chart__layout--wide, .chart__sizer, ' +
  '.pdf-download, .chart__data > summary';

/** Adapts `article` (in place) for the EPUB; `file` is the file it will be written to. */
export function adaptChapter(article: Element, file: string, links: LinkMap): void {
  const gone = new Set<ElementContent>(selectAll(WEB_ONLY, article));
  visit(article, (node, i, parent) => {
    if (!parent || i === undefined || !(gone.has(node as ElementContent) || node.type === 'comment')) return;
    parent.children.splice(i, 1);
    return i;
  });
  // A disclosure cannot be relied on in a reading system: its content shows, as on paper.
  for (const el of selectAll('details, summary', article)) {
    el.tagName = el.tagName === 'details' ? 'div' : 'p';
    delete el.properties.open;
  }
  for (const svg of selectAll('svg.chart__svg', article)) {
    // The outer SVG takes the narrow drawing's proportions, so the reading system can size it.
    const narrow = selectAll('svg.chart__layout', svg)[0];
    if (narrow?.properties.viewBox) svg.properties.viewBox = narrow.properties.viewBox;
  }
  visit(article, 'element', (el: Element) => {
    delete el.properties.style;
    delete el.properties.download;
    for (const key of Object.keys(el.properties)) if (key.startsWith('dataAstroCid')) delete el.properties[key];
    if (el.tagName === 'a' && typeof el.properties.href === 'string')
      el.properties.href = bookHref(el.properties.href, file, links);
  });
}

/** A site link as a link inside the book, or to the published site for a page the book does not hold. */
export function bookHref(href: string, from: string, links: LinkMap): string {
  const [path = '', hash] = href.split('#') as [string, string | undefined];
  const inBook = (id: string) => {
    const file = links.idFile.get(id);
    return file === from ? `#${id}` : file ? `${file}#${id}` : undefined;
  };
  if (!path && hash) return inBook(hash) ?? href;
  if (!path.startsWith(links.base) || path.startsWith('//')) return href;
  const rest = path.slice(links.base.length);
  const chapter = links.chapterFile.get(rest.split(/[/?]/)[0] ?? '');
  if (chapter) return (hash && inBook(hash)) || chapter;
  return new URL(rest + (hash ? `#${hash}` : ''), links.site).href;
}

/** The ids in `tree`, for the link map. */
export const idsIn = (tree: Root | Element): string[] => selectAll('[id]', tree).map((el) => String(el.properties.id));
