/** How to cite the report: a plain reference and a BibTeX entry, from data/book.yaml alone. */
import type { Book } from './data/schemas.ts';
import { formatDate } from './data/describe.ts';

/** "Title: Subtitle", or the title alone when the book has no subtitle. */
export const fullTitle = (book: Book): string => (book.subtitle ? `${book.title}: ${book.subtitle}` : book.title);

/** "BT Health (2025) Title: Subtitle. Edition. 27 February 2025. Available at: URL" (Harvard style). */
export function plainReference(book: Book): string {
  return (
    `${book.publisher} (${book.date.slice(0, 4)}) ${fullTitle(book)}. ${book.edition}. ` +
    `Published ${formatDate(book.date)}. Available at: ${book.url}`
  );
}

/** A BibTeX key: publisher initials, year, first significant title word ("bthealth2025building"). */
export function bibtexKey(book: Book): string {
  const word =
    book.title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .find((w) => w.length > 3) ?? 'report';
  return `${book.publisher.toLowerCase().replace(/[^a-z0-9]/g, '')}${book.date.slice(0, 4)}${word}`;
}

// BibTeX treats these as commands or groups: escape them so a title reads as written.
const tex = (text: string): string => text.replace(/([\\{}%&$#_])/g, '\\$1');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A @techreport entry (BibTeX and biblatex both read it); the publisher is a corporate author. */
export function bibtex(book: Book): string {
  const fields: [string, string][] = [
    ['title', `{${tex(fullTitle(book))}}`],
    ['author', `{{${tex(book.publisher)}}}`],
    ['institution', `{${tex(book.publisher)}}`],
    ['type', `{Report}`],
    ['year', book.date.slice(0, 4)],
    ['month', MONTHS[Number(book.date.slice(5, 7)) - 1]!],
    ['date', `{${book.date}}`],
    ['edition', `{${tex(book.edition)}}`],
    ['url', `{${book.url}}`],
  ];
  return `@techreport{${bibtexKey(book)},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}
