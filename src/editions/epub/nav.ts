/**
 * The EPUB's navigation document, also its contents page in the reading order: the contents (chapters
 * and their sections), the landmarks a reading system jumps to, and the page-list of the print edition.
 */
import type { Element } from 'hast';
import { select } from 'hast-util-select';
import { h } from 'hastscript';
import type { PageTarget } from './page-list.ts';
import type { EpubPart } from './parts.ts';

export const NAV_FILE = 'nav.xhtml';
export const COVER_FILE = 'cover.xhtml';

/** Landmarks beyond cover, contents and body: the EPUB type, and the component whose chapter it marks. */
const PART_LANDMARKS = { glossary: 'dl.glossary' } as const;

export interface NavParts {
  chapters: (EpubPart & { file: string })[];
  pages: PageTarget[];
  /** The page-list's heading names the edition its numbers come from. */
  pagesFrom: string;
}

/** The nav document's body content. */
export function navBody({ chapters, pages, pagesFrom }: NavParts): Element[] {
  const link = (href: string, text: string, type?: string) =>
    h('a', { href, ...(type ? { 'epub:type': type } : {}) }, text);
  const body = chapters.find((c) => c.kind === 'chapter') ?? chapters[0]!;
  const parts = Object.entries(PART_LANDMARKS).flatMap(([type, selector]) => {
    const chapter = chapters.find((c) => select(selector, c.article));
    return chapter ? [h('li', [link(chapter.file, chapter.title, type)])] : [];
  });
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', ariaLabelledby: 'toc-heading' }, [
      h('h1', { id: 'toc-heading' }, 'Contents'),
      h(
        'ol',
        chapters.map((c) =>
          h('li', [
            link(c.file, c.title),
            ...(c.sections.length
              ? [
                  h(
                    'ol',
                    c.sections.map((s) => h('li', [link(`${c.file}#${s.id}`, s.title)])),
                  ),
                ]
              : []),
          ]),
        ),
      ),
    ]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', ariaLabelledby: 'landmarks-heading', hidden: true }, [
      h('h2', { id: 'landmarks-heading' }, 'Landmarks'),
      h('ol', [
        h('li', [link(COVER_FILE, 'Cover', 'cover')]),
        h('li', [link(`${NAV_FILE}#toc`, 'Contents', 'toc')]),
        h('li', [link(body.file, body.title, 'bodymatter')]),
        ...parts,
      ]),
    ]),
    h(
      'nav',
      {
        'epub:type': 'page-list',
        role: 'doc-pagelist',
        id: 'page-list',
        ariaLabelledby: 'page-list-heading',
        hidden: true,
      },
      [
        h('h2', { id: 'page-list-heading' }, `Pages of ${pagesFrom}`),
        h(
          'ol',
          pages.map((p) => h('li', [link(`${p.file}#${p.id}`, String(p.page))])),
        ),
      ],
    ),
  ];
}
