/**
 * Every internal link and anchor of the built site, checked twice: before the slow steps (leaving out
 * links into the folders those steps write), so a broken link is reported after Astro alone; and after
 * them, for the links into the search index, PDFs and EPUB. Each message names the chapter file, line and fix.
 * A page whose text has not changed since the last build is not read again.
 */
import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import {
  explainBrokenLink,
  findBrokenLinks,
  pointsInto,
  stillBroken,
  type BrokenLink,
  type PageLinks,
} from '../check-links.ts';
import { getBookIndex } from '../../book/book-index/index.ts';
import { cachePath, readEntry, writeEntry } from '../../lib/cache.ts';
import { printEditions, type BookSettings } from '../settings.ts';
import { afterBuild, BuildStopped, say } from './build-step.ts';
import { paths } from '../../book/routes.ts';

/** The folders the steps after the first check write, whose links wait for the second. */
export const WRITTEN_LATER = [paths.searchIndex, paths.pdfs, paths.epubs];

/**
 * The most broken links explained in one report. Many usually share one cause (a wrong base address, a
 * renamed chapter), and explaining each compares it with every page: 6,000 took minutes to report.
 */
export const MOST_EXPLAINED = 20;

/** Throws one message per distinct link of `broken` (in the book at `root`), up to MOST_EXPLAINED (none: returns). */
export function reportBrokenLinks(root: string, dir: string, broken: readonly BrokenLink[], base = '/'): void {
  if (broken.length === 0) return;
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replaceAll('\\', '/'));
  const { chapters } = getBookIndex(root);
  // A link typed once shows on its chapter's page and in the print edition: say it once.
  const messages = new Set<string>();
  let explained = 0;
  for (const link of broken) {
    if (messages.size === MOST_EXPLAINED) break;
    messages.add(explainBrokenLink(link, chapters, dir, pages, base).message);
    explained++;
  }
  const more = broken.length - explained;
  const reason =
    more > 0
      ? `${messages.size} broken links explained, ${more} more not`
      : `${messages.size} broken link${messages.size > 1 ? 's' : ''}`;
  const rest =
    more > 0
      ? [
          `... and ${more} more places where a link leads nowhere, in pages such as ` +
            `${[...new Set(broken.slice(explained).map((l) => l.page))].slice(0, 3).join(', ')}.\n` +
            '  Fix: the ones above first; when many links break at once they usually share one cause ' +
            "(a chapter renamed, or the book's `url` in data/book.yaml).",
        ]
      : [];
  throw new BuildStopped(reason, [...messages, ...rest]);
}

/** What the last check read of each page, kept between builds: a rebuild reads only the pages that changed. */
const keptAt = (root: string) => cachePath(root, 'linkCheck');

/** The pages the last build read; none if there is no record, or it is damaged. */
const recall = (root: string): PageLinks => new Map(JSON.parse(readEntry(keptAt(root))?.toString('utf8') ?? '[]'));

const keep = (root: string, known: PageLinks): void => writeEntry(keptAt(root), JSON.stringify([...known]));

/**
 * The two checks: `first` right after Astro's pages reads every page; `last`, after every step that
 * writes files, looks again only at the links the first left for it (the steps between write no page).
 */
export function linkChecks(settings: BookSettings): { first: AstroIntegration; last: AstroIntegration } {
  const { root } = settings;
  let later: BrokenLink[] = [];
  const first = afterBuild('links', ({ dir, base }) => {
    const known = recall(root);
    const broken = findBrokenLinks(dir, base, known);
    keep(root, known);
    later = broken.filter((link) => pointsInto(link, WRITTEN_LATER, base));
    const leftForLater = new Set(later);
    reportBrokenLinks(
      root,
      dir,
      broken.filter((link) => !leftForLater.has(link)),
      base,
    );
    say('Checked every internal link and anchor between pages.');
  });
  const last = afterBuild('links-again', ({ dir, base }) => {
    // A site-only build makes no PDF or EPUB: links to them are the only ones it may leave unresolved.
    const print = printEditions(settings);
    const expected = (link: BrokenLink) => print || !pointsInto(link, [paths.pdfs, paths.epubs], base);
    reportBrokenLinks(root, dir, stillBroken(later.filter(expected), dir, base), base);
    say(`Checked the links to the search index${print ? ', the PDFs and the EPUB' : ''}.`);
  });
  return { first, last };
}
