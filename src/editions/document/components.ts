/**
 * The chapters' MDX components as a plain document tree (hast), one renderer each: what the print
 * edition (Typst) and the EPUB set. Each renders the same data the site's Astro component of the same
 * name shows, with the same classes, so the EPUB's stylesheet and checks read both alike. A component
 * not listed here stops the build (chapter-tree.ts), naming it.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatStat, machineValue } from '../../book/data/format.ts';
import {
  describeSource,
  describeStudy,
  documentKind,
  formatDate,
  formatFieldwork,
  STAT_REGISTER_CAPTION,
  statOrigin,
} from '../../book/data/describe.ts';
import { alphabetical } from '../../book/data/glossary.ts';
import type { BookData } from '../../book/data/load.ts';
import type { Stat, Study, Survey } from '../../book/data/schemas.ts';
import type { BookIndex, IndexedChapter } from '../../book/book-index/index.ts';
import { statsUsedIn } from '../../book/book-index/stats-used.ts';
import { chartPlaces } from '../../book/book-index/index.ts';
import { refTarget } from '../../book/book-index/checks.ts';
import { chartFigure } from '../../figures/figure.ts';
import { FIGURE_LABEL } from '../../book/refs/registry.ts';
import { figureAnchor } from '../../book/routes.ts';
import { sceneMarks } from '../../figures/svg.ts';
import { bibtex, plainReference } from '../../book/citation.ts';
import { fromHtml } from 'hast-util-from-html';

/** What a renderer knows: the book's data and index, the chapter it renders in, and the site's base path. */
export interface RenderContext {
  data: BookData;
  index: BookIndex;
  chapter: IndexedChapter;
  base: string;
  /** Rendered children of the element (for <Ref>…</Ref>). */
  children: ElementContent[];
}

type Props = Record<string, string | undefined>;
type Renderer = (props: Props, ctx: RenderContext) => ElementContent[];

/** A site address inside the book: `/base/chapter/#fragment`. */
export const siteHref = (base: string, chapter: string, fragment?: string): string =>
  `${base}${chapter}/${fragment ? `#${fragment}` : ''}`;

const stat = (s: Stat): ElementContent =>
  h('data', { class: 'stat', value: machineValue(s), title: s.label, dataStat: s.id }, formatStat(s));
const docName = (data: BookData, id: string) => documentKind(data.sources.get(id)!);

const Stat_: Renderer = ({ id }, { data }) => [stat(data.stats.get(id!)!)];

const Ref: Renderer = ({ id }, { index, chapter, base, children }) => {
  const target = index.refs.get(refTarget(id!, chapter.id))!;
  const label = children.length ? children : [{ type: 'text' as const, value: target.text }];
  return [
    h(
      'a',
      { class: 'ref', href: siteHref(base, target.chapter, target.fragment), dataRefKind: target.kind.toLowerCase() },
      label,
    ),
  ];
};

const Chart: Renderer = ({ id }, { data, index }) => {
  const figure = chartFigure(data.charts.get(id!)!, data, chartPlaces(index).get(id!)!);
  const anchor = figureAnchor(id!);
  const narrow = figure.layouts.find((l) => l.layout === 'narrow')!.scene;
  const viewBox = `0 0 ${narrow.width} ${narrow.height}`;
  const marks = fromHtml(`<svg>${sceneMarks(narrow)}</svg>`, { fragment: true, space: 'svg' }).children[0] as {
    children: ElementContent[];
  };
  const { table } = figure;
  return [
    h('figure', { class: `chart chart--${figure.spec.kind}`, id: anchor, dataChart: id }, [
      h('figcaption', { class: 'chart__caption' }, [
        h('span', { class: 'chart__heading' }, [
          h('span', { class: 'chart__number' }, [
            `${FIGURE_LABEL} ${figure.number}`,
            h('span', { class: 'visually-hidden' }, ':'),
          ]),
          ' ',
          h('span', { class: 'chart__title' }, figure.spec.title),
        ]),
      ]),
      h('p', { class: 'chart__summary' }, figure.spec.summary),
      h('div', { class: 'chart__graphic' }, [
        h('div', { class: 'chart__frame' }, [
          h(
            'svg',
            {
              class: 'chart__svg',
              role: 'img',
              viewBox,
              ariaLabelledBy: `${anchor}-title`,
              ariaDescribedBy: `${anchor}-desc`,
            },
            [
              h('title', { id: `${anchor}-title` }, figure.name),
              h('desc', { id: `${anchor}-desc` }, figure.desc),
              h(
                'svg',
                {
                  class: 'chart__layout chart__layout--narrow',
                  viewBox,
                  width: '100%',
                  height: '100%',
                  ariaHidden: 'true',
                },
                marks.children,
              ),
            ],
          ),
        ]),
      ]),
      h('div', { class: 'chart__data' }, [
        h('table', [
          h('caption', `${figure.name}`),
          h('thead', [
            h('tr', [
              h('th', { scope: 'col' }, table.rowHeading),
              ...table.columns.map((c) => h('th', { scope: 'col' }, c)),
            ]),
          ]),
          h(
            'tbody',
            table.rows.map((row) =>
              h('tr', [
                h('th', { scope: 'row' }, row.label),
                ...row.cells.map((cell) => h('td', [h('data', { value: cell.value }, formatStat(cell))])),
              ]),
            ),
          ),
        ]),
      ]),
      h('p', { class: 'chart__source' }, [
        h('span', { class: 'chart__source-label' }, 'Source:'),
        ` ${[...figure.source.documents, ...figure.source.studies].join(' ')}`,
      ]),
    ]),
  ];
};

const StatRegister: Renderer = (_, { data }) => [
  h('table', { class: 'stat-register' }, [
    h('caption', STAT_REGISTER_CAPTION),
    h('thead', [
      h(
        'tr',
        ['What the number counts', 'Number', 'Evidence', 'Stated in'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ]),
    h(
      'tbody',
      [...data.stats.values()].map((s) =>
        h('tr', [
          h('th', { scope: 'row' }, s.label),
          h('td', [stat(s)]),
          h('td', data.studies.get(s.study)!.name),
          h('td', statOrigin(s, data)),
        ]),
      ),
    ),
  ]),
];

const SourceWordings: Renderer = ({ field = 'wording' }, { data }) => {
  const key = field === 'questionBase' ? 'questionBase' : 'wording';
  const list = key === 'wording' ? 'wordings' : 'register-notes';
  return [
    h(
      'dl',
      { class: list },
      [...data.stats.values()]
        .filter((s) => s[key])
        .map((s) =>
          h('div', { class: `${list}__item` }, [
            h('dt', [`${s.label}: `, stat(s)]),
            h('dd', key === 'questionBase' ? `Who answered: ${s.questionBase}.` : s.wording!),
          ]),
        ),
    ),
  ];
};

const SourceStudies: Renderer = (_, { data }) => {
  const all = [...data.studies.values()];
  const surveys = all.filter((s): s is Survey => s.kind === 'survey');
  const others = all.filter((s): s is Exclude<Study, Survey> => s.kind === 'other');
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const statIf = (id: string, after: string, before = ''): ElementContent[] =>
    data.stats.has(id) ? [text(before), stat(data.stats.get(id)!), text(after)] : [];
  return [
    h('h3', 'Surveys'),
    ...surveys.map((survey) =>
      h('section', { class: 'study', ariaLabel: survey.name }, [
        h('h4', { class: 'study__name' }, survey.name),
        h('dl', { class: 'study__facts' }, [
          h('dt', 'Who was asked'),
          h('dd', survey.population),
          h('dt', 'How many'),
          h(
            'dd',
            data.stats.has(`${survey.id}-base`)
              ? [
                  ...statIf(`${survey.id}-base`, ' people'),
                  ...statIf(`${survey.id}-organisations`, ' organisations', ', from '),
                ]
              : 'Not stated in the sources',
          ),
          h('dt', 'When'),
          h('dd', formatFieldwork(survey.fieldwork)),
          h('dt', 'How'),
          h('dd', survey.method),
          h('dt', 'Described in'),
          h('dd', survey.sources.map((id) => docName(data, id)).join(', ')),
        ]),
      ]),
    ),
    h('h3', 'Other evidence'),
    h(
      'ul',
      others.map((study) => h('li', [h('strong', `${study.name}.`), ` ${study.method}`])),
    ),
  ];
};

const SourceDocuments: Renderer = (_, { data }) => [
  h(
    'ol',
    { class: 'source-register' },
    data.book.sources.map((id) => {
      const doc = data.sources.get(id)!;
      return h('li', { id: `source-${doc.id}` }, [
        h('cite', doc.title),
        ' ',
        h(
          'span',
          { class: 'source-register__meta' },
          `${doc.kind}. ${doc.author}${doc.date ? `, ${formatDate(doc.date)}` : ', undated'}.`,
        ),
        ...(doc.note ? [' ', h('span', { class: 'source-register__note' }, doc.note)] : []),
      ]);
    }),
  ),
];

const SourceDisagreements: Renderer = (_, { data }) => [
  h(
    'dl',
    { class: 'register-notes' },
    data.relations
      .filter((r) => r.stated && r.disagreement)
      .map((r) =>
        h('div', { class: 'register-notes__item' }, [
          h('dt', [
            `${data.stats.get(r.stated!)!.label}: stated `,
            stat(data.stats.get(r.stated!)!),
            ', computed ',
            stat(data.stats.get(r.id)!),
          ]),
          h('dd', r.disagreement!),
        ]),
      ),
  ),
];

const StatDownloads: Renderer = (_, { data, base }) => [
  h('div', { class: 'stat-downloads', dataGenerated: true }, [
    h(
      'p',
      `Every one of the report’s ${data.stats.size} numbers, each with what it counts, the ` +
        `survey or other evidence behind it (who was asked, how many, when and how) and the ` +
        `documents that state it.`,
    ),
    h('ul', [
      h('li', [h('a', { href: `${base}data/stats.csv` }, 'All numbers as CSV'), ' (for spreadsheets)']),
      h('li', [h('a', { href: `${base}data/stats.json` }, 'All numbers as JSON'), ' (for programs)']),
    ]),
    h('p', data.book.licence),
  ]),
];

const Glossary: Renderer = (_, { data }) => [
  h(
    'dl.glossary',
    alphabetical(data.glossary.values()).map((entry) =>
      h('div', { class: 'glossary__entry' }, [
        h(
          'dt',
          { id: entry.id },
          entry.abbr
            ? [h('abbr', entry.abbr), ' ', h('span', { class: 'glossary__expansion' }, `(${entry.term})`)]
            : entry.term,
        ),
        h('dd', entry.definition),
      ]),
    ),
  ),
];

const CiteThisReport: Renderer = (_, { data }) => [
  h('div', { class: 'cite-report', dataGenerated: true }, [
    h('p', { class: 'cite-report__reference' }, plainReference(data.book)),
    h('h3', { id: 'cite-report-bibtex' }, 'As a BibTeX entry'),
    h('pre', { class: 'cite-report__bibtex' }, [h('code', bibtex(data.book))]),
  ]),
];

/** Every component a chapter may use, by the name it is written with in MDX. */
export const RENDERERS: Readonly<Record<string, Renderer>> = {
  Stat: Stat_,
  Ref,
  Chart,
  StatRegister,
  SourceWordings,
  SourceStudies,
  SourceDocuments,
  SourceDisagreements,
  StatDownloads,
  Glossary,
  CiteThisReport,
};

/** "Sources for this chapter": the documents behind its stats and frontmatter, then the surveys' bases. */
export function chapterSources(chapter: IndexedChapter, data: BookData): ElementContent[] {
  const stats = statsUsedIn(chapter, data.charts).map((id) => data.stats.get(id)!);
  const ids = new Set([...chapter.sources.map((s) => s.id), ...stats.flatMap((s) => s.sources)]);
  const docs = data.book.sources.filter((id) => ids.has(id)).map((id) => data.sources.get(id)!);
  const studies = [...new Set(stats.map((s) => s.study))].map((id) => data.studies.get(id)!);
  if (!docs.length) return [];
  return [
    h('section', { class: 'chapter-sources', ariaLabelledBy: 'chapter-sources-heading' }, [
      h('h2', { id: 'chapter-sources-heading' }, 'Sources for this chapter'),
      h(
        'ul',
        docs.map((doc) => h('li', describeSource(doc))),
      ),
      ...(studies.length
        ? [
            h(
              'ul',
              { class: 'chapter-sources__studies' },
              studies.map((s) => h('li', describeStudy(s))),
            ),
          ]
        : []),
    ]),
  ];
}
