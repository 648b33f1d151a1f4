/**
 * The book's referable things, keyed by id: every chapter, every section, and every numbered element
 * (charts now; tables or other figures later). Numbers run through the whole book in reading order,
 * so they change when a chapter moves. This is the book's one numbering: "Figure N" for <Ref> and for
 * the <Chart> itself. Pure: built from the facts of chapters already parsed, in order.
 */
import { BookError } from '../../lib/book-error.ts';
import type { ChapterFacts } from '../book-index/facts.ts';
import { figureAnchor } from '../routes.ts';

/** The word a chart's number is printed with, everywhere ("Figure 3"): the site, the PDFs, the EPUB, the downloads. */
export const FIGURE_LABEL = 'Figure';

/** A kind of numbered element editors place in chapters as a component, e.g. <Chart id="..." />. */
export interface NumberedKind {
  /** The component name in MDX. */
  element: string;
  /** What a reference to it prints before its number: "Figure" gives "Figure 3". */
  label: string;
  /** Its element's HTML id in the chapter, from its own id (the Chart's: routes.ts's figure anchor). */
  anchor: (id: string) => string;
}

/** Every numbered kind. A new kind joins by adding a line here (its component must render `id` on its element). */
export const NUMBERED_KINDS: readonly NumberedKind[] = [
  { element: 'Chart', label: FIGURE_LABEL, anchor: figureAnchor },
];

/** One thing a <Ref id="..." /> can point at. */
export interface Referable {
  /** `chapter-id`, `chapter-id#section-id`, or a numbered element's own id. */
  id: string;
  /** `chapter`, `section`, or the label of a numbered kind (`Figure`). */
  kind: string;
  /** What a reference prints: a chapter's title, a section's heading, or "Figure 3". */
  text: string;
  /** Its number through the book, for numbered kinds. */
  number?: number;
  /** The chapter it is in, and its fragment (element id) there. */
  chapter: string;
  fragment?: string;
  /** Where it is defined, for error messages. */
  file: string;
  line?: number;
}

/** A chapter as the registry needs it: id, file, title and the facts of its body, given in reading order. */
export interface IndexedChapterFacts {
  id: string;
  file: string;
  title: string;
  facts: ChapterFacts;
}

/** Chapter, sections (with the ids Astro gives headings) and numbered elements of every chapter, in order. */
export function buildRegistry(
  chapters: readonly IndexedChapterFacts[],
  kinds: readonly NumberedKind[] = NUMBERED_KINDS,
): Map<string, Referable> {
  const registry = new Map<string, Referable>();
  const counters = new Map<string, number>();
  const add = (item: Referable) => {
    const other = registry.get(item.id);
    if (other) {
      throw new BookError(
        { file: item.file, line: item.line, id: item.id, field: 'id' },
        `the id "${item.id}" is already used by a ${other.kind.toLowerCase()} in ` +
          `${other.file}${other.line ? ` line ${other.line}` : ''}.`,
        'give one of them another id: cross-references need every id to be unique across the book.',
      );
    }
    registry.set(item.id, item);
  };
  for (const chapter of chapters) {
    add({ id: chapter.id, kind: 'chapter', text: chapter.title, chapter: chapter.id, file: chapter.file, line: 1 });
    for (const { text, slug, line } of chapter.facts.headings) {
      add({
        id: `${chapter.id}#${slug}`,
        kind: 'section',
        text,
        chapter: chapter.id,
        fragment: slug,
        file: chapter.file,
        line,
      });
    }
    for (const { name, id, line } of chapter.facts.elements) {
      const kind = kinds.find((k) => k.element === name);
      if (!kind || !id) continue;
      const number = (counters.get(kind.label) ?? 0) + 1;
      counters.set(kind.label, number);
      add({
        id,
        kind: kind.label,
        text: `${kind.label} ${number}`,
        number,
        chapter: chapter.id,
        fragment: kind.anchor(id),
        file: chapter.file,
        line,
      });
    }
  }
  return registry;
}
