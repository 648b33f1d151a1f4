/**
 * The print editions' pages (src/print/: the whole book, and each chapter on its own), the source the
 * PDF and EPUB steps read. They exist only in a build that makes those editions (and in `astro dev`,
 * for an editor's preview): a site-only build (BOOK_EDITIONS=site) neither renders nor publishes them.
 */
import type { AstroIntegration } from 'astro';
import { PRINT_ROUTE } from '../lib/sharing/public-url.ts';
import { printEditions } from './build-step.ts';

const page = (file: string): URL => new URL(`../print/${file}`, import.meta.url);

export function printPages(): AstroIntegration {
  return {
    name: 'book-print-pages',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!printEditions()) return;
        injectRoute({ pattern: `/${PRINT_ROUTE}`, entrypoint: page('book.astro'), prerender: true });
        injectRoute({ pattern: `/${PRINT_ROUTE}[chapter]`, entrypoint: page('chapter.astro'), prerender: true });
      },
    },
  };
}
