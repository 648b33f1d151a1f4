/**
 * Every internal link and anchor of the built site, checked twice: before the slow steps (leaving out
 * links into the folders those steps write), so a broken link is reported after Astro alone; and after
 * them, the search index, PDFs and EPUB included. Each message names the chapter file, line and fix.
 */
import { readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { explainBrokenLink, findBrokenLinks, pointsInto, type BrokenLink } from '../lib/build/check-links.ts';
import { getBookIndex } from '../lib/book-index/index.ts';
import { afterBuild, BuildStopped, printEditions, say } from './build-step.ts';

/** The folders the steps after the first check write, whose links wait for the second. */
export const WRITTEN_LATER = ['pagefind/', 'pdf/', 'epub/'];

/** Throws one message per distinct broken link that `which` selects. */
export function checkLinks(dir: string, base: string, which: (link: BrokenLink) => boolean): void {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.replaceAll('\\', '/'));
  // A link typed once shows on its chapter's page and in the print edition: say it once.
  const broken = findBrokenLinks(dir, base).filter(which);
  if (broken.length === 0) return;
  const { chapters } = getBookIndex();
  const messages = new Set(broken.map((link) => explainBrokenLink(link, chapters, dir, pages).message));
  if (messages.size) throw new BuildStopped(`${messages.size} broken link${messages.size > 1 ? 's' : ''}`, [...messages]);
}

/** The two checks: `first` right after Astro's pages, `last` after every step that writes files. */
export function linkChecks(): { first: AstroIntegration; last: AstroIntegration } {
  const first = afterBuild('links', ({ dir, base }) => {
    checkLinks(dir, base, (link) => !pointsInto(link, WRITTEN_LATER, base));
    say('Checked every internal link and anchor between pages.');
  }, { check: true });
  const last = afterBuild('links-again', ({ dir, base }) => {
    // A site-only build makes no PDF or EPUB: links to them are the only ones it may leave unresolved.
    checkLinks(dir, base, printEditions() ? () => true : (link) => !pointsInto(link, ['pdf/', 'epub/'], base));
    say('Checked the links to the search index, the PDFs and the EPUB.');
  });
  return { first, last };
}
