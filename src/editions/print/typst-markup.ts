/**
 * A document tree (hast, from src/editions/document/) as Typst markup that calls the print template
 * (book.typ). Every piece of text becomes a Typst string literal through `str()`, the one escape, so a
 * `#`, `$`, `[` or `\` in a sentence prints as itself and nothing typed in a chapter or data file can run
 * as Typst code. An element this file does not know stops the build, naming it: nothing is dropped unseen.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { BookError } from '../../lib/book-error.ts';

/** `text` as a Typst string literal: the only way text enters the markup. */
export const str = (text: string): string =>
  `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;

/** A Typst label for a place in the book (`funding:chart-legacy-systems`); ids are checked, never escaped. */
export function label(id: string): string {
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_\-:.]*$/u.test(id))
    throw new Error(`"${id}" cannot be a place in the print edition: ids are letters, digits and hyphens`);
  return `<${id}>`;
}

/** What the serialiser needs to know of the document it writes. */
export interface MarkupContext {
  /** The chapter being written, for labels and error messages. */
  chapter: string;
  file: string;
  /** A footnote's content, by the id its reference links to. */
  footnote?: (id: string) => Element | undefined;
  /** Where a site address leads in this document: a label inside it, or a public address outside it. */
  resolve: (href: string) => { label: string } | { url: string };
  /** The path Typst reads a chart's drawing from. */
  chartImage: (id: string) => string;
  /** The path Typst reads an image of the chapter from (its `src` on the site), handed to it by the build. */
  image?: (src: string) => string | undefined;
  /** The EPUB's page-list passes (page-starts.ts): invisible markers Typst reports the page of. */
  markers?: PageMarkers;
  /** The block being written, whose words a marker may follow. */
  unit?: Element;
}

/**
 * Markers for the EPUB's page-list: each returns Typst markup (a `metadata` element, or nothing). A unit
 * is a block a page can begin at or in: a paragraph, heading, list item, term, table, chart or code.
 */
export interface PageMarkers {
  /** The marker at the very start of a unit. */
  start: (unit: Element) => string;
  /** For a unit whose words are marked, the marker after each (its text node, and where the word starts in it). */
  words: (unit: Element) => ((node: Text, start: number) => string) | undefined;
}

/** `ctx` inside the unit `el`, and the marker its content opens with. */
export function enterUnit(el: Element, ctx: MarkupContext): { ctx: MarkupContext; mark: string } {
  return { ctx: { ...ctx, unit: el }, mark: ctx.markers?.start(el) ?? '' };
}

const classes = (el: Element): string[] => (el.properties.className as string[] | undefined) ?? [];
const has = (el: Element, name: string) => classes(el).includes(name);
const elements = (nodes: ElementContent[]): Element[] => nodes.filter((n): n is Element => n.type === 'element');
/** The element's text, for an attribute (an image's alt text, a chart's title). */
export const textOf = (node: ElementContent | Root): string =>
  node.type === 'text'
    ? node.value
    : 'children' in node
      ? node.children.map((c) => textOf(c as ElementContent)).join('')
      : '';
const plain = (node: ElementContent): string => textOf(node).replace(/\s+/g, ' ').trim();

/** Block-level content: each child a block, separated by paragraph breaks. */
export function blocks(nodes: ElementContent[], ctx: MarkupContext): string {
  return nodes
    .map((n) => block(n, ctx))
    .filter(Boolean)
    .join('\n\n');
}

/** Inline content in square brackets, whitespace collapsed as HTML collapses it; `opening` goes first (a marker). */
export function inline(nodes: ElementContent[], ctx: MarkupContext, opening = ''): string {
  return `[${opening}${nodes.map((n) => inlineNode(n, ctx)).join('')}]`;
}

/** The inline content of the unit `el`, with its opening marker. */
export const unitInline = (el: Element, ctx: MarkupContext): string => {
  const inside = enterUnit(el, ctx);
  return inline(el.children, inside.ctx, inside.mark);
};

function block(node: ElementContent, ctx: MarkupContext): string {
  if (node.type === 'text') return node.value.trim() ? `#par${inline([node], ctx)}` : '';
  if (node.type !== 'element') return '';
  const el = node;
  const labelled = (markup: string) =>
    typeof el.properties.id === 'string' ? `${markup} ${label(`${ctx.chapter}:${el.properties.id}`)}` : markup;
  switch (el.tagName) {
    case 'p':
      return labelled(`#par${unitInline(el, ctx)}`);
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return labelled(`#heading(level: ${el.tagName[1]})${unitInline(el, ctx)}`);
    case 'ul':
    case 'ol':
      return `#${el.tagName === 'ul' ? 'list' : 'enum'}(${elements(el.children)
        .map((li) => `[${listItem(li, ctx)}]`)
        .join(', ')})`;
    case 'dl':
      return definitions(el, ctx);
    case 'table':
      return table(el, ctx);
    case 'figure':
      if (has(el, 'chart')) return chart(el, ctx);
      break;
    case 'blockquote':
      return `#quote(block: true)[${blocks(el.children, ctx)}]`;
    case 'hr':
      return '#line(length: 100%, stroke: 0.5pt)';
    case 'pre':
      return `#code-block(marker: [${enterUnit(el, ctx).mark}], raw(block: true, ${str(textOf(el))}))`;
    case 'section':
    case 'div':
      // Footnotes are set at the foot of their page, where they are referred to.
      if (el.properties.dataFootnotes !== undefined) return '';
      if (has(el, 'chapter-sources')) return `#sources-rule()\n\n${blocks(el.children, ctx)}`;
      return labelledAnchor(el, ctx) + blocks(el.children, ctx);
  }
  throw unknown(el, ctx);
}

/** A list item: its blocks when it has any (a loose list), else its words. */
function listItem(li: Element, ctx: MarkupContext): string {
  const isBlock = li.children.some((c) => c.type === 'element' && ['p', 'ul', 'ol', 'dl', 'table'].includes(c.tagName));
  return labelledAnchor(li, ctx) + (isBlock ? blocks(li.children, ctx) : unitInline(li, ctx).slice(1, -1));
}

/** A description list (glossary, survey facts, notes): each term kept with its meaning. */
function definitions(dl: Element, ctx: MarkupContext): string {
  const items = elements(dl.children).flatMap((c) => (c.tagName === 'div' ? elements(c.children) : [c]));
  return items
    .map((item) => {
      const anchor = labelledAnchor(item, ctx);
      if (item.tagName === 'dt') return `${anchor}#term${unitInline(item, ctx)}`;
      if (item.tagName === 'dd') return `#meaning${unitInline(item, ctx)}`;
      throw unknown(item, ctx);
    })
    .join('\n');
}

function table(el: Element, outer: MarkupContext): string {
  const { ctx, mark } = enterUnit(el, outer);
  const caption = elements(el.children).find((c) => c.tagName === 'caption');
  const rows = (group: string) =>
    elements(el.children)
      .filter((c) => c.tagName === group)
      .flatMap((g) => elements(g.children));
  const head = rows('thead');
  const body = rows('tbody');
  const columns = Math.max(...[...head, ...body].map((tr) => elements(tr.children).length));
  // The table's marker opens its caption, or else its first cell.
  const cells = (tr: Element, i: number) =>
    elements(tr.children)
      .map((cell, j) => inline(cell.children, ctx, !caption && i === 0 && j === 0 ? mark : ''))
      .join(', ');
  const grid =
    `table(columns: ${columns}, ` +
    `table.header(${head.map((tr, i) => cells(tr, i)).join(', ')}), ` +
    `${body.map((tr, i) => cells(tr, head.length + i)).join(',\n  ')})`;
  const markup = caption
    ? `#figure(kind: table, caption: ${inline(caption.children, ctx, mark)}, ${grid})`
    : `#${grid}`;
  return markup;
}

/**
 * A chart figure: the template sets its number, title, summary, drawing and source; the data table stays online and in
 * the EPUB.
 */
function chart(el: Element, ctx: MarkupContext): string {
  const find = (cls: string) => {
    const found = findClass(el, cls);
    if (!found) throw new Error(`a chart figure in ${ctx.file} has no .${cls}`);
    return found;
  };
  const svg = find('chart__svg');
  const alt =
    `${plain(elements(svg.children).find((c) => c.tagName === 'title')!)}. ` +
    `${plain(elements(svg.children).find((c) => c.tagName === 'desc')!)}`;
  const source = find('chart__source');
  const args = [
    `number: ${str(plain(find('chart__number')).replace(/:$/, ''))}`,
    `title: ${str(plain(find('chart__title')))}`,
    `summary: ${str(plain(find('chart__summary')))}`,
    `image-path: ${str(ctx.chartImage(String(el.properties.dataChart)))}`,
    `alt: ${str(alt)}`,
    `source: ${str(plain(source).replace(/^Source:\s*/, ''))}`,
  ];
  return (
    `#chart-figure(marker: [${enterUnit(el, ctx).mark}], ${args.join(', ')}) ` +
    `${label(`${ctx.chapter}:${el.properties.id}`)}`
  );
}

function findClass(el: Element, cls: string): Element | undefined {
  for (const child of elements(el.children)) {
    if (has(child, cls)) return child;
    const deeper = findClass(child, cls);
    if (deeper) return deeper;
  }
  return undefined;
}

/** An element with an id that has no place of its own (a glossary term, a source): a label to link to. */
const labelledAnchor = (el: Element, ctx: MarkupContext): string =>
  typeof el.properties.id === 'string' ? `#metadata(none) ${label(`${ctx.chapter}:${el.properties.id}`)}\n` : '';

function inlineNode(node: ElementContent, ctx: MarkupContext): string {
  if (node.type === 'text') return words(node, ctx);
  if (node.type !== 'element') return '';
  const el = node;
  const inner = () => inline(el.children, ctx);
  switch (el.tagName) {
    case 'strong':
    case 'b':
      return `#strong${inner()}`;
    case 'del':
    case 's':
      return `#strike${inner()}`;
    case 'sup':
      return footnote(el, ctx) ?? `#super${inner()}`;
    case 'sub':
      return `#sub${inner()}`;
    case 'em':
    case 'i':
    case 'cite':
      return `#emph${inner()}`;
    case 'code':
      return `#raw(${str(textOf(el))})`;
    case 'br':
      return '#linebreak()';
    case 'data':
    case 'abbr':
      return inner().slice(1, -1);
    case 'span':
      return has(el, 'visually-hidden') ? '' : inner().slice(1, -1);
    case 'a':
      return link(el, ctx);
    case 'img':
      return image(el, ctx);
  }
  throw unknown(el, ctx);
}

/** A footnote reference as a Typst footnote holding the note's words, without its link back (paper needs none). */
function footnote(sup: Element, ctx: MarkupContext): string | undefined {
  const ref = elements(sup.children).find((a) => a.tagName === 'a' && a.properties.dataFootnoteRef !== undefined);
  const note = ref && ctx.footnote?.(String(ref.properties.href).replace(/^#/, ''));
  if (!note) return undefined;
  const withoutBacklinks = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(n.type === 'element' && n.properties.dataFootnoteBackref !== undefined))
      .map((n) => (n.type === 'element' ? { ...n, children: withoutBacklinks(n.children) } : n));
  return `#footnote[${blocks(withoutBacklinks(note.children), ctx)}]`;
}

/** An image at most the column's width, named by its alt text; one marked decorative (alt="") is an artifact. */
function image(el: Element, ctx: MarkupContext): string {
  const src = String(el.properties.src ?? '');
  const path = ctx.image?.(src);
  if (!path)
    throw new BookError(
      { file: ctx.file, line: el.position?.start.line, id: src, field: 'src' },
      `the image "${src}" is not a file of the book's public/ folder, so the print edition cannot show it.`,
      'put the image in public/ and write its address from there, e.g. ![What it shows](/picture.png).',
    );
  const alt = String(el.properties.alt ?? '');
  const picture = `image(${str(path)}, width: 100%, fit: "contain"${alt ? `, alt: ${str(alt)}` : ''})`;
  return alt ? `#box(${picture})` : `#pdf.artifact(box(${picture}))`;
}

function link(el: Element, ctx: MarkupContext): string {
  const target = ctx.resolve(String(el.properties.href ?? ''));
  const body = inline(el.children, ctx);
  if ('url' in target) return `#outside-link(${str(target.url)}, ${body})`;
  return has(el, 'ref') ? `#inside-ref(${label(target.label)}, ${body})` : `#link(${label(target.label)}, ${body})`;
}

/**
 * A text node's words as string literals, whitespace collapsed; in a page-list pass, each word followed by its marker.
 */
function words(node: Text, ctx: MarkupContext): string {
  const text = node.value.replace(/\s+/g, ' ');
  const mark = ctx.markers && ctx.unit ? ctx.markers.words(ctx.unit) : undefined;
  if (!mark) return text ? `#${str(text)}` : '';
  let out = '';
  let last = 0;
  for (const match of node.value.matchAll(/\S+/g)) {
    const end = match.index + match[0].length;
    out += `#${str(node.value.slice(last, end).replace(/\s+/g, ' '))}${mark(node, match.index)}`;
    last = end;
  }
  const rest = node.value.slice(last).replace(/\s+/g, ' ');
  return out + (rest ? `#${str(rest)}` : '');
}

function unknown(el: Element, ctx: MarkupContext): BookError {
  return new BookError(
    { file: ctx.file, field: `<${el.tagName}>` },
    `the print edition has no way to set a <${el.tagName}> ` +
      `element${classes(el).length ? ` (class "${classes(el).join(' ')}")` : ''}.`,
    'use Markdown or the components EDITING.md lists; a new kind of element needs a rule in ' +
      'src/editions/print/typst-markup.ts.',
  );
}
