/**
 * Checks every internal link and image in a built site: the page it points to exists, and so does the
 * element its #fragment names. Broken ones become BookErrors that point at the chapter and line where
 * the link was typed (the book index knows every link typed in a chapter, with its line).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { Parser } from 'htmlparser2';
import { BookError } from '../lib/book-error.ts';
import { closest } from '../lib/closest.ts';
import type { IndexedChapter } from '../book/book-index/index.ts';

export interface BrokenLink {
  /** The built page holding the link, relative to the site folder: `funding/index.html`. */
  page: string;
  /** The link as written in the HTML. */
  href: string;
  /** The target page (relative to the site folder), and the fragment that is missing, if that is the fault. */
  target?: string;
  fragment?: string;
}

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
/** Files a page loads rather than links to. */
const ASSET = /\.(woff2?|ttf|otf|png|jpe?g|gif|webp|avif|svg|css|js)$/i;
/** The attribute holding each linking element's address. */
const LINKED: Record<string, string> = { a: 'href', link: 'href', img: 'src', source: 'src' };

/** Each `url(...)` of a stylesheet (the fonts and pictures it loads), without its quotes. */
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

/**
 * A page's ids (and <a name>s) and the addresses it links to, its stylesheets' `url()`s included (the
 * pages inline their CSS: a font it cannot reach changes the print edition's line breaks, silently).
 * Read by htmlparser2's tokenizer: no tree is built, so a 1,000-chapter book's 4,000 pages are checked
 * in about half the time a DOM parser took (4.9 s to 2.3-2.7 s).
 */
function linksAndIds(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  const links: string[] = [];
  let inStyle = false;
  new Parser({
    onopentag(name, attributes) {
      const id = attributes.id || (name === 'a' ? attributes.name : undefined);
      if (id) ids.add(id);
      const address = LINKED[name] && attributes[LINKED[name]];
      if (address !== undefined) links.push(address);
      inStyle = name === 'style';
    },
    ontext(text) {
      if (inStyle) for (const [, , url] of text.matchAll(CSS_URL)) links.push(url!);
    },
    onclosetag() {
      inStyle = false;
    },
  }).end(html);
  return { ids, links };
}

/**
 * What the check read of each page (its ids and the addresses it links to), by a digest of the page's
 * text: kept between builds (src/pipeline/integrations/link-check.ts), so a page that did not change is not read again.
 */
export type PageLinks = Map<string, { ids: string[]; links: string[] }>;

/** The site's files, relative to `dir`, with forward slashes. */
const filesOfSite = (dir: string): Set<string> =>
  new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/')));

/**
 * Every broken internal link in the site built in `dir`, served under `base`. `known` holds what earlier
 * checks read of pages, by digest; it is brought up to date with this site's pages (and only those).
 */
export function findBrokenLinks(dir: string, base = '/', known: PageLinks = new Map()): BrokenLink[] {
  const files = filesOfSite(dir);
  const pages = [...files].filter((f) => f.endsWith('.html'));
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  const seen: PageLinks = new Map();
  for (const p of pages) {
    const html = readFileSync(join(dir, p));
    const digest = createHash('sha1').update(html).digest('base64');
    const page =
      known.get(digest) ??
      (({ ids: found, links: hrefs }) => ({ ids: [...found], links: hrefs }))(linksAndIds(html.toString('utf8')));
    seen.set(digest, page);
    ids.set(p, new Set(page.ids));
    links.set(p, page.links);
  }
  known.clear();
  for (const [digest, page] of seen) known.set(digest, page);
  const broken: BrokenLink[] = [];
  for (const [page, hrefs] of links) {
    for (const href of hrefs) {
      if (EXTERNAL.test(href) || href === '#' || href === '') continue;
      const [path = '', fragment] = href.split('#') as [string, string | undefined];
      const target = path ? resolveTarget(page, path.split('?')[0]!, base, files) : page;
      if (!target) broken.push({ page, href });
      else if (fragment && ids.has(target) && !ids.get(target)!.has(decodeURIComponent(fragment)))
        broken.push({ page, href, target, fragment });
    }
  }
  return broken;
}

/** The links of `links` (found broken earlier) whose target is still missing from the site in `dir`. */
export function stillBroken(links: readonly BrokenLink[], dir: string, base = '/'): BrokenLink[] {
  const files = filesOfSite(dir);
  return links.filter((link) => !resolveTarget(link.page, link.href.split('#')[0]!.split('?')[0]!, base, files));
}

/** The site path (no leading slash) that `path`, linked from `page`, names; undefined when outside `base`. */
function sitePath(page: string, path: string, base: string): string | undefined {
  if (path.startsWith('/') && !path.startsWith(base)) return undefined;
  const site = path.startsWith('/') ? path.slice(base.length) : posix.join(posix.dirname(page), path);
  return decodeURIComponent(site).replace(/^\/+/, '');
}

/** The file of the site's `files` that `path`, linked from `page`, serves; undefined when there is none. */
function resolveTarget(page: string, path: string, base: string, files: ReadonlySet<string>): string | undefined {
  const site = sitePath(page, path, base);
  if (site === undefined) return undefined;
  const candidates = site === '' || site.endsWith('/') ? [`${site}index.html`] : [site, `${site}/index.html`];
  return candidates.map((c) => posix.normalize(c)).find((c) => !c.startsWith('..') && files.has(c));
}

/**
 * True when `link` points into one of `folders` (`pdf/`): files a later build step writes. The build
 * checks links before its slow steps, leaving these for the check after them.
 */
export function pointsInto(link: BrokenLink, folders: readonly string[], base = '/'): boolean {
  const site = sitePath(link.page, link.href.split(/[#?]/)[0]!, base);
  return site !== undefined && folders.some((folder) => posix.normalize(site).startsWith(folder));
}

/** A chapter as the book index holds it: its id, its file and the links typed in it (with lines). */
export type TypedLinks = Pick<IndexedChapter, 'id' | 'file'> & { facts: Pick<IndexedChapter['facts'], 'links'> };

/** Where a broken link was typed: the chapter file and line, from the book index, the page's own chapter first. */
function typedAt(link: BrokenLink, chapters: readonly TypedLinks[]): { file: string; line?: number } | undefined {
  const own = link.page.replace(/^print\//, '').replace(/\/index\.html$/, '');
  const ordered = [...chapters].sort((a, b) => Number(b.id === own) - Number(a.id === own));
  for (const chapter of ordered) {
    const typed = chapter.facts.links.find((l) => l.url === link.href);
    if (typed) return { file: chapter.file, line: typed.line };
  }
  return undefined;
}

/**
 * The editor's message for a broken link: where it was typed (the chapter and line, when found) and the
 * fix. A link typed in a chapter appears in its page and in the print edition: each gives one message,
 * word for word the same, so the build can print it once.
 */
export function explainBrokenLink(
  link: BrokenLink,
  chapters: readonly TypedLinks[],
  dir: string,
  allPages: readonly string[],
  base = '/',
): BookError {
  const typed = typedAt(link, chapters);
  const { file, line } = typed ?? { file: `${link.page} (a built page)` };
  // A file no chapter names (a font, a picture): the engine's stylesheets or components point at it.
  if (!typed && ASSET.test(link.href.split(/[#?]/)[0]!)) {
    return new BookError(
      { file, field: 'link' },
      `loads "${link.href}", but the built site has no such file.`,
      'find the stylesheet or component that names it (src/site/styles/, src/components/): a ' +
        'relative url() is resolved from that file, and Astro copies what it resolves into ' +
        '_astro/.',
    );
  }
  if (link.fragment !== undefined && link.target) {
    const doc = fromHtml(readFileSync(join(dir, link.target), 'utf8'));
    // The chapter's own headings, not the page furniture's ("On this page", "Sources").
    const headings = selectAll('.prose h2[id], .prose h3[id]', doc);
    const sections = (headings.length ? headings : selectAll('h2[id], h3[id]', doc)).map((h) =>
      String(h.properties.id),
    );
    const near = closest(link.fragment, sections);
    const where = link.target === link.page ? 'this page' : `the page ${link.target}`;
    return new BookError(
      { file, line, field: 'link' },
      `links to "${link.href}", but ${where} has no section with the id "${link.fragment}".`,
      `${near ? `did you mean "#${near}"? ` : ''}Use an id from that ` +
        `page${sections.length ? ` (${sections.slice(0, 6).join(', ')}${sections.length > 6 ? ', ...' : ''})` : ''}, or better, write <Ref id="chapter#section-id" />: the build checks it and writes the heading for you.`,
    );
  }
  // Under a sub-path address, compare the page's path without the base and suggest it with the base.
  const prefix = link.href.startsWith(base) ? base : '/';
  const near = closest(
    link.href.slice(prefix.length).replace(/^\/+|\/+$/g, ''),
    allPages.map((p) => p.replace(/(^|\/)index\.html$/, '')),
  );
  return new BookError(
    { file, line, field: 'link' },
    `links to "${link.href}", but the report has no page at that address.`,
    `${near !== undefined ? `did you mean "${prefix}${near}${near ? '/' : ''}"? To` : 'to'} ` +
      `link to a chapter, write <Ref id="chapter-id" />: the build checks it and writes the ` +
      `title for you.`,
  );
}
