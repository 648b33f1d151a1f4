// @ts-check
import { defineConfig } from 'astro/config';
import { bookConfig } from './src/pipeline/astro-config.ts';

// This folder's book, every edition, on A4: what `npm run dev` previews and `npx astro build` builds.
// `npm run build` states its own (--book <folder>, --site-only, --paper letter: src/pipeline/run-build.ts).
export default defineConfig(bookConfig({ root: '.', editions: 'all', paper: 'a4' }));
