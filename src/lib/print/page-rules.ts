/**
 * The print edition's page furniture as CSS `@page` rules. Chromium has `@page` margin boxes and named
 * pages but not `string-set`, so each chapter gets a named page whose running head is its title.
 */

/** A CSS string literal holding `text` (for `content:`). */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;

/** The named page a chapter is set on (chapter ids are kebab-case, so this is a valid CSS name). */
export const chapterPageName = (id: string): string => `chapter-${id}`;

/** What the running heads need to know about a chapter. */
export interface RunningHead {
  id: string;
  /** Shown at the top right of every page of the chapter. */
  title: string;
}

/**
 * `@page` rules for the print edition: the book's title at the top left of every page, each chapter's
 * title at the top right of its pages, "Contents" over the contents, and nothing on the cover.
 */
export function pageRules(bookTitle: string, chapters: readonly RunningHead[]): string {
  const head = (right: string) => `@top-right { content: ${cssString(right)}; }`;
  return [
    `@page { @top-left { content: ${cssString(bookTitle)}; } }`,
    `@page contents { ${head('Contents')} }`,
    ...chapters.map((c) => `@page ${chapterPageName(c.id)} { ${head(c.title)} }`),
  ].join('\n');
}
