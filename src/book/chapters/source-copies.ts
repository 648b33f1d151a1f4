/**
 * Finds passages of the book that repeat the source documents word for word: the TypeScript form of
 * shared/tools/copied-from-sources.py, so CI runs the same check as a test (issue 27). Every run of
 * `n` words (10 by default) in a chapter or a data file is looked for in the sources. In the book, a
 * quotation in double quotes is credited, not copied, and a figure label follows the survey question,
 * so neither counts; the sources are read whole. Spaces and punctuation are ignored, because some
 * source extracts run words together ("regularaudits"). Pure: the caller reads the files.
 */

/** One passage of the book found in a source. */
export interface SourceCopy {
  /** The book file it is in, as the caller named it. */
  file: string;
  /** The words repeated, lower-case, as long as the run goes on. */
  words: string;
}

/** The words of `text`, lower-case; in the book, without quotations, figure labels and markup. */
export function wordsOf(text: string, book: boolean): string[] {
  let t = text;
  if (book) {
    t = t.replace(/"[^"\n]*"|“[^”]*”/g, ' ');
    t = t.replace(/^\s*-?\s*label:.*$/gm, ' ');
  }
  t = t.replace(/<[^>]*>|\{[^}]*\}|[#*_`>|[\]()]/g, ' ');
  return (
    t
      .toLowerCase()
      .replaceAll('’', "'")
      .match(/[a-z0-9%]+(?:['’][a-z]+)?/g) ?? []
  );
}

/** Words joined with nothing between them, apostrophes dropped: "regular audits" and "regularaudits" match. */
const squash = (words: readonly string[]) => words.join('').replaceAll("'", '');

/** The sources' text in the squashed form `findCopies` searches. */
export function squashSources(sources: readonly string[]): string {
  return sources.map((text) => squash(wordsOf(text, false))).join('\n');
}

/** Every run of at least `n` words of each book file that the squashed sources contain, each once. */
export function findCopies(book: readonly { file: string; text: string }[], sources: string, n = 10): SourceCopy[] {
  const found: SourceCopy[] = [];
  for (const { file, text } of book) {
    const w = wordsOf(text, true);
    let i = 0;
    while (i <= w.length - n) {
      if (!sources.includes(squash(w.slice(i, i + n)))) {
        i += 1;
        continue;
      }
      let j = i + n;
      while (j < w.length && sources.includes(squash(w.slice(i, j + 1)))) j += 1;
      found.push({ file, words: w.slice(i, j).join(' ') });
      i = j;
    }
  }
  return found;
}
