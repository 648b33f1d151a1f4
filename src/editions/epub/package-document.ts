/**
 * The package document (package.opf): the book's metadata as data/book.yaml states it, dated by the
 * edition (so two builds give the same bytes), its accessibility metadata, every file, and the reading
 * order. The accessibility claims are the ones the tests check: epubcheck, Ace by DAISY and axe.
 */
import type { Book } from '../../book/data/schemas.ts';
import { escapeXml as esc } from '../../lib/escape-xml.ts';

/** A file in the book: its path, media type and EPUB properties ("nav", "svg"). */
export interface ManifestItem {
  id: string;
  href: string;
  type: string;
  properties?: string;
}

const meta = (property: string, value: string, extra = '') =>
  `    <meta property="${property}"${extra}>${esc(value)}</meta>`;

/** What the EPUB's reading systems and catalogues are told about who can read it, and how. */
const ACCESSIBILITY = [
  meta('schema:accessMode', 'textual'),
  meta('schema:accessMode', 'visual'),
  meta('schema:accessModeSufficient', 'textual'),
  ...[
    'structuralNavigation',
    'tableOfContents',
    'pageNavigation',
    'pageBreakMarkers',
    'alternativeText',
    'longDescription',
    'readingOrder',
    'displayTransformability',
  ].map((feature) => meta('schema:accessibilityFeature', feature)),
  meta('schema:accessibilityHazard', 'none'),
  meta(
    'schema:accessibilitySummary',
    "This eBook meets WCAG 2.2 Level AA. Its text reflows and takes the reader's own fonts, " +
      'sizes and colours. Every chart is drawn in SVG with a title, a description that reads out every value, a data ' +
      'table and its source, so no information is given by the picture alone. Headings, a ' +
      'contents list, landmarks and ' +
      'the page numbers of the print edition give structure and navigation; there is no sound, ' +
      'video, animation or flashing.',
  ),
  meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA'),
];

export interface PackageParts {
  book: Book;
  identifier: string;
  /** What the page-list's numbers come from: the print edition. */
  pagination: string;
  items: ManifestItem[];
  /** Item ids in reading order. */
  spine: string[];
}

/** The package document's XML text. */
export function packageDocument({ book, identifier, pagination, items, spine }: PackageParts): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" ` +
      `xml:lang="${esc(book.lang)}">`,
    '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">',
    `    <dc:identifier id="book-id">${esc(identifier)}</dc:identifier>`,
    `    <dc:title id="title">${esc(book.title)}</dc:title>`,
    meta('title-type', 'main', ' refines="#title"'),
    ...(book.subtitle
      ? [
          `    <dc:title id="subtitle">${esc(book.subtitle)}</dc:title>`,
          meta('title-type', 'subtitle', ' refines="#subtitle"'),
        ]
      : []),
    `    <dc:language>${esc(book.lang)}</dc:language>`,
    `    <dc:publisher>${esc(book.publisher)}</dc:publisher>`,
    `    <dc:date>${esc(book.date)}</dc:date>`,
    ...(book.summary ? [`    <dc:description>${esc(book.summary)}</dc:description>`] : []),
    `    <dc:rights>${esc(book.licence)}</dc:rights>`,
    `    <dc:source id="print-edition">${esc(pagination)}</dc:source>`,
    meta('source-of', 'pagination', ' refines="#print-edition"'),
    meta('dcterms:modified', `${book.date}T00:00:00Z`),
    ...ACCESSIBILITY,
    meta(
      'a11y:certifiedBy',
      `${book.publisher} (self-assessed; checked on every build with epubcheck, Ace by DAISY and axe-core)`,
    ),
    '  </metadata>',
    '  <manifest>',
    ...items.map(
      (i) =>
        `    <item id="${i.id}" href="${esc(i.href)}" ` +
        `media-type="${i.type}"${i.properties ? ` properties="${i.properties}"` : ''}/>`,
    ),
    '  </manifest>',
    '  <spine>',
    ...spine.map((id) => `    <itemref idref="${id}"/>`),
    '  </spine>',
    '</package>',
    '',
  ];
  return lines.join('\n');
}
