/**
 * What names the first book, read from its own files (never typed here): its title, subtitle and
 * publisher, and the ids of its chapters, stats, charts, studies and sources. The generator tests
 * look for these in the engine's source and in the second book's output.
 */
import { readChapterFiles } from '../../src/book/chapters/chapter-files.ts';
import { loadData } from '../../src/book/data/load.ts';

const root = process.cwd();
const data = loadData(root);

/** The first book's title, subtitle and publisher. */
export const FIRST_BOOK_NAMES = [data.book.title, data.book.subtitle, data.book.publisher].filter(
  (n): n is string => !!n,
);

/** Every id the first book defines, by kind. Survey bases (`<study>-base`) are stats too. */
export const FIRST_BOOK_IDS: Record<string, string[]> = {
  chapter: readChapterFiles(root).map((c) => c.id),
  stat: [...data.stats.keys()],
  chart: [...data.charts.keys()],
  study: [...data.studies.keys()],
  source: [...data.sources.keys()],
};

/**
 * The words of the first book's title and subtitle ("Cyber", "NHS", ...), to look for where another book has no use for
 * them.
 */
export const FIRST_BOOK_WORDS = [
  ...new Set(`${data.book.title} ${data.book.subtitle ?? ''}`.match(/\b[A-Za-z]{3,}\b/g) ?? []),
].filter((w) => !['the', 'and', 'for', 'with'].includes(w.toLowerCase()));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern finding `id` used as a name. A hyphenated id ("staff-role-awareness") is distinctive
 * wherever it stands as a whole token; a one-word id ("funding") only as a whole quoted string or a
 * path segment ('funding', "/funding/"), since the word itself is ordinary English.
 */
export function idPattern(id: string): RegExp {
  return id.includes('-')
    ? new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`)
    : new RegExp(`(?<!class=)(['"\`])${escape(id)}\\1|/${escape(id)}/`);
}

/** Every place in `text` naming the first book: `kind "id"` or the name found. */
export function namesOfFirstBook(text: string): string[] {
  const found = FIRST_BOOK_NAMES.filter((name) => text.includes(name));
  for (const [kind, list] of Object.entries(FIRST_BOOK_IDS)) {
    for (const id of list) if (idPattern(id).test(text)) found.push(`${kind} "${id}"`);
  }
  return found;
}
