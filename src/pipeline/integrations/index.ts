/**
 * The book's build, as Astro integrations, so `npx astro build`, `npm run build`, the tests and the
 * bench run one pipeline. In the order Astro calls them:
 *   1. quick checks of data/ and the chapters (while Astro sets up: a mistake reports in about a second);
 *   2. the site built into a staging folder, never straight into dist/;
 *   3. (Astro renders the pages; @astrojs/sitemap, listed before these, writes the sitemap)
 *      and the files that are not pages (data, charts' SVGs and PNGs, cards: drawn meanwhile) beside them;
 *   4. every internal link and anchor checked, except links to files the next steps write;
 *   5. the search index, the PDFs and the EPUB (typeset by Typst from the book's document trees,
 *      src/editions/), then the downloads' sizes written into their links;
 *   6. the links checked again, those files included; _headers written;
 *   7. the staged site swapped into dist/.
 * A step that fails stops the build there, and dist/ keeps the last good site.
 */
import type { AstroIntegration } from 'astro';
import { downloadSizes } from './download-sizes.ts';
import { downloads } from './downloads.ts';
import { epub } from './epub.ts';
import { httpHeaders } from './headers.ts';
import { linkChecks } from './link-check.ts';
import { pdfs } from './pdf.ts';
import { quickChecks } from './quick-checks.ts';
import { searchIndex } from './search.ts';
import { stagedOutput } from './staging.ts';
import { printEditions, type BookSettings } from '../settings.ts';

/**
 * The build's integrations for `settings`, listed after every other (the sitemap must be written before
 * the swap). `npm run check` stops after the first link check; a site-only build makes no PDF or EPUB.
 */
export function bookBuild(settings: BookSettings): AstroIntegration[] {
  const { stage, publish } = stagedOutput(settings);
  const links = linkChecks(settings);
  const files = downloads(settings);
  const print = printEditions(settings) ? [pdfs(settings), epub(settings)] : [];
  const finish = [searchIndex(settings), ...print, downloadSizes(settings), links.last, httpHeaders()];
  return [
    quickChecks(settings),
    stage,
    files.early,
    files.write,
    links.first,
    ...(settings.mode === 'check' ? [] : finish),
    publish,
  ];
}
