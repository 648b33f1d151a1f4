// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, remarkRehype } from './src/plugins/index.ts';

// Astro 7's default Markdown processor (Satteri) does not run remark or rehype plugins: use unified.
export default defineConfig({
  // Serve under a sub-path with BASE_PATH=/report/ ; every internal link goes through import.meta.env.BASE_URL.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins, remarkRehype }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
