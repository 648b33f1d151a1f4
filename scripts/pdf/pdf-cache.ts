/**
 * Finished PDFs kept between builds, under the book's `.cache/pdf/<paper>/` (gitignored), each under a
 * digest of everything that determines its bytes: the print page's HTML and every file it loads
 * (stylesheets and the fonts and images they name), the paper, the browser, the fontconfig it would
 * read, and the finishing code (scripts/pdf/, this step, pdf-lib, pdf.js, playwright-core). A chapter
 * edit then reprints only the PDFs whose pages changed; a build with nothing changed prints none.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../../src/lib/write-atomically.ts';
import { browserIdentity } from './browser.ts';
import type { ContentsPages } from './contents-pages.ts';

/** A cached PDF's facts: where it goes in the site, and its page count. */
export interface CachedFacts { pdf: string; pages: number }

const HERE = dirname(fileURLToPath(import.meta.url));
const ASSET = /\.(css|m?js|woff2?|ttf|otf|svg|png|jpe?g|webp|avif|gif)$/;
/** What a page loads: stylesheets, scripts, images and sources (not the links a reader may follow). */
const LOADED = /<(?:link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]+)"/g;
const CSS_REFS = /url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g;

/** The digest of what every PDF shares: browser, fonts config, paper and the finishing code. */
export function sharedInputs(paper: string): string {
  const hash = createHash('sha256').update(`paper ${paper}\nbrowser ${browserIdentity()}\n`);
  for (const name of ['FONTCONFIG_FILE', 'FONTCONFIG_PATH', 'FONTCONFIG_SYSROOT']) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  for (const pkg of ['pdf-lib', 'pdfjs-dist', 'playwright-core']) {
    hash.update(`${pkg} ${JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${pkg}/package.json`)), 'utf8')).version}\n`);
  }
  const code = [join(HERE, '..', 'build-pdf.ts'), ...readdirSync(HERE).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort().map((f) => join(HERE, f))];
  for (const file of code) hash.update(`${relative(HERE, file)}\n`).update(readFileSync(file));
  return hash.digest('hex');
}

/** The digest of one print page (at `path`, e.g. "print/funding/", under `base`) and all it loads. */
export function pageInputs(dist: string, base: string, path: string, shared: string): string {
  const hash = createHash('sha256').update(shared);
  const seen = new Set<string>();
  const add = (file: string, text: string, page: string) => {
    hash.update(`${relative(dist, file)}\n`).update(text);
    const refs = file.endsWith('.css') || file.endsWith('.html') ? [...text.matchAll(CSS_REFS)].map((m) => m[1] ?? m[2]!) : [];
    if (file.endsWith('.html')) refs.push(...[...text.matchAll(LOADED)].map((m) => m[1]!));
    for (const ref of refs) {
      const url = new URL(ref.replaceAll('&amp;', '&'), page);
      if (url.origin !== 'http://site' || !url.pathname.startsWith(base) || !ASSET.test(url.pathname)) continue;
      const asset = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      if (seen.has(asset) || !existsSync(asset) || !statSync(asset).isFile()) continue;
      seen.add(asset);
      add(asset, readFileSync(asset, asset.endsWith('.css') ? 'utf8' : 'latin1'), url.href);
    }
  };
  add(join(dist, path, 'index.html'), readFileSync(join(dist, path, 'index.html'), 'utf8'), `http://site${base}${path}`);
  return hash.digest('hex');
}

export type PdfCache = ReturnType<typeof pdfCache>;

/** The cache for one paper size, in `root` (the book's `.cache/pdf/`). */
export function pdfCache(root: string, paper: string) {
  const dir = join(root, paper);
  const used = new Set<string>();
  const contentsFile = join(dir, 'contents-pages.json');
  mkdirSync(dir, { recursive: true });
  return {
    /** The PDF kept under `key`, if any. */
    get(key: string): { bytes: Uint8Array; facts: CachedFacts } | undefined {
      if (!existsSync(join(dir, `${key}.json`)) || !existsSync(join(dir, `${key}.pdf`))) return undefined;
      used.add(key);
      const now = new Date();
      for (const ext of ['json', 'pdf']) utimesSync(join(dir, `${key}.${ext}`), now, now);
      return { bytes: readFileSync(join(dir, `${key}.pdf`)), facts: JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) };
    },
    put(key: string, bytes: Uint8Array, facts: CachedFacts): void {
      used.add(key);
      writeAtomically(join(dir, `${key}.pdf`), bytes);
      writeAtomically(join(dir, `${key}.json`), JSON.stringify(facts));
    },
    /** Where the contents' targets landed in the last book printed: the next print's first guess. */
    contentsPages: (): ContentsPages => (existsSync(contentsFile) ? JSON.parse(readFileSync(contentsFile, 'utf8')) : {}),
    saveContentsPages: (pages: ContentsPages) => writeAtomically(contentsFile, JSON.stringify(pages)),
    /** Drops the PDFs no build has used for a day (not just this one's: another build may share the cache). */
    prune(): void {
      for (const file of readdirSync(dir)) {
        const key = file.replace(/\.(pdf|json)$/, '');
        if (key === file || key === 'contents-pages' || used.has(key)) continue;
        if (Date.now() - statSync(join(dir, file)).mtimeMs > DAY) rmSync(join(dir, file), { force: true });
      }
    },
  };
}

const DAY = 24 * 3600 * 1000;
