/**
 * schema.org JSON-LD for search engines and citation tools: the report (a `Report`), its publisher, and
 * the page being read as a part of it. Every page carries the same report and publisher, with stable
 * `@id`s, so tools merge them into one description.
 */
import type { Book } from '../../book/data/schemas.ts';

/** The page a graph describes. */
export interface LdPage {
  /** The page's public address (its canonical URL). */
  url: string;
  /** The page's own title, e.g. the chapter title. */
  name: string;
  description: string;
  /** The social card: its public address and its size in pixels (page-meta.ts reads it from the file). */
  image: { url: string; width: number; height: number };
  /** True for a chapter, false for the cover and other pages. */
  isChapter: boolean;
}

/** The JSON-LD graph for one page. */
export function reportGraph(book: Book, page: LdPage): object {
  const publisher = { '@type': 'Organization', '@id': `${book.url}#publisher`, name: book.publisher, url: book.url };
  const report = {
    '@type': 'Report',
    '@id': `${book.url}#report`,
    name: book.title,
    ...(book.subtitle ? { alternativeHeadline: book.subtitle } : {}),
    headline: book.subtitle ? `${book.title}: ${book.subtitle}` : book.title,
    url: book.url,
    datePublished: book.date,
    inLanguage: book.lang,
    version: book.edition,
    copyrightNotice: book.licence,
    isAccessibleForFree: true,
    publisher: { '@id': publisher['@id'] },
    author: { '@id': publisher['@id'] },
  };
  const webPage = {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: book.lang,
    primaryImageOfPage: { '@type': 'ImageObject', ...page.image },
    ...(page.isChapter ? { isPartOf: { '@id': report['@id'] } } : { about: { '@id': report['@id'] } }),
  };
  return { '@context': 'https://schema.org', '@graph': [report, publisher, webPage] };
}

/** JSON safe inside a <script> element: no "</script>" or "<!--" can close or confuse it. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
