// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, remarkRehype } from './src/book/markdown/index.ts';
import { bookRoot } from './src/book/data/index.ts';
import { cachePath } from './src/lib/cache.ts';
import { livePreview } from './src/build/integrations/live-preview.ts';
import { printPreview } from './src/build/integrations/print-preview.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES, keepScriptsExternal } from './src/site/security/csp.ts';
import { sitemapIntegrations } from './src/build/integrations/sitemap-options.ts';
import { bookBuild } from './src/build/integrations/index.ts';
import { siteAddress } from './src/book/routes.ts';
import { chartPaletteCss } from './src/build/integrations/palette-css.ts';

const address = siteAddress();
// Astro hands every environment variable to the pages, so a BASE_URL set in the shell (a CI system's, or
// Vitest's own) would override `base` in every link: the site's address is data/book.yaml's alone.
delete process.env.BASE_URL;

// Astro 7's default Markdown processor (Satteri) does not run remark or rehype plugins: use unified.
export default defineConfig({
  // Both from data/book.yaml `url` (its path is the base): every internal link goes through import.meta.env.BASE_URL.
  site: address.url,
  base: address.base,
  trailingSlash: 'always',
  // Four pages render at once: while some wait on sharp (a chart's PNG, a social card, drawn on libuv's
  // threads), the others render. A cold build of 100 synthetic chapters: 8-10% faster than with 2, same CPU.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, remarkRehype }),
  },
  // The whole book's build (checks, search, PDFs, EPUB, link checks, _headers, publishing): src/build/integrations/.
  integrations: [mdx(), ...sitemapIntegrations(), livePreview(), printPreview(), ...bookBuild()],
  security: {
    csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] }, styleDirective: { resources: [...CSP_STYLE_SOURCES] } },
  },
  vite: { plugins: [chartPaletteCss()], build: { assetsInlineLimit: keepScriptsExternal } },
  devToolbar: { enabled: false },
  // Another book (BOOK_ROOT) keeps its own content cache beside it: two books never share, or race on, one.
  ...(process.env.BOOK_ROOT ? { cacheDir: cachePath(bookRoot(), 'astro') } : {}),
});
