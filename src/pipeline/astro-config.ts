/**
 * The Astro configuration of a book's build, from its settings (settings.ts): astro.config.mjs states
 * them for this folder's book, and `npm run build` for the book its command line names. Everything the
 * build does is an integration listed here; the pages learn the book's folder from `virtual:book/settings`.
 */
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { markdownPlugins, remarkRehype } from '../book/markdown/index.ts';
import { siteAddress } from '../book/routes.ts';
import { getData } from '../book/data/index.ts';
import { cachePath } from '../lib/cache.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES, keepScriptsExternal } from '../site/security/csp.ts';
import { bookBuild } from './integrations/index.ts';
import { livePreview } from './integrations/live-preview.ts';
import { chartPaletteCss } from './integrations/palette-css.ts';
import { printPreview } from './integrations/print-preview.ts';
import { settingsModule } from './integrations/settings-module.ts';
import { sitemapIntegrations } from './integrations/sitemap-options.ts';
import { bookSettings, type BookOptions } from './settings.ts';

export function bookConfig(options: BookOptions = {}): AstroUserConfig {
  const settings = bookSettings(options);
  const address = siteAddress(getData(settings.root).book.url);
  // Astro hands every environment variable to the pages, so a BASE_URL set in the shell (a CI system's, or
  // Vitest's own) would override `base` in every link: the site's address is data/book.yaml's alone.
  delete process.env.BASE_URL;
  return {
    // Both from data/book.yaml `url` (its path is the base, under which site/page-context.ts makes every internal link).
    site: address.url,
    base: address.base,
    trailingSlash: 'always',
    outDir: settings.out,
    // Each book keeps Astro's content store in its own cache: two books never share, or race on, one.
    cacheDir: cachePath(settings.root, 'astro'),
    // Four pages render at once: while some wait on sharp (a chart's PNG, a social card, drawn on libuv's
    // threads), the others render. A cold build of 100 synthetic chapters: 8-10% faster than with 2, same CPU.
    build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
    // Astro 7's default Markdown processor (Satteri) does not run remark or rehype plugins: use unified.
    markdown: { processor: unified({ ...markdownPlugins(settings.root), remarkRehype }) },
    // The whole book's build (checks, search, PDFs, EPUB, link checks, _headers, publishing): integrations/index.ts.
    integrations: [
      mdx(),
      ...sitemapIntegrations(),
      livePreview(settings),
      printPreview(settings),
      ...bookBuild(settings),
    ],
    security: {
      csp: {
        directives: [...CSP_DIRECTIVES],
        scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
        styleDirective: { resources: [...CSP_STYLE_SOURCES] },
      },
    },
    vite: { plugins: [chartPaletteCss(), settingsModule(settings)], build: { assetsInlineLimit: keepScriptsExternal } },
    devToolbar: { enabled: false },
  };
}
