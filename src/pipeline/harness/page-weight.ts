/**
 * What a built page costs a reader, all in: the HTML and everything it makes the browser fetch to show
 * it (stylesheets, the fonts and images they name, images, the icon), each gzip-compressed as a server
 * would send it; and, apart, the bytes of JavaScript it would run (JSON-LD data is not code).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** One page's weight, file by file. */
export interface PageWeight {
  /** Gzip-compressed bytes of each file, by its path in the site (the page itself first). */
  files: Map<string, number>;
  /** Gzip-compressed bytes of all of them. */
  total: number;
  /** Bytes of script the page would run: inline and external. */
  script: number;
  /** Files the page names that are not in the site (a wrong base path would hide a page's weight here). */
  missing: string[];
}

const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g;
const gz = (bytes: Buffer) => gzipSync(bytes).byteLength;

/**
 * The file (relative to the site root) an internal address points to, from `from`; undefined for another
 * origin or data: URL. A root-relative address outside `base` names no file of the site: '-' + address.
 */
function fileFor(from: string, address: string, base: string): string | undefined {
  if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(address)) return undefined;
  const path = address.split(/[?#]/)[0]!;
  if (path.startsWith('/') && !path.startsWith(base)) return `-${path}`;
  const site = path.startsWith('/') ? path.slice(base.length) : posix.join(posix.dirname(from), path);
  return posix.normalize(decodeURIComponent(site));
}

/** Weighs the page at `page` (a path in `dist`, e.g. "funding/index.html") of a site built for `base`. */
export function weighPage(dist: string, page: string, base = '/'): PageWeight {
  const files = new Map<string, number>();
  const missing: string[] = [];
  const add = (file: string | undefined) => {
    if (!file || files.has(file)) return;
    if (!existsSync(join(dist, file))) return void missing.push(file);
    const bytes = readFileSync(join(dist, file));
    files.set(file, gz(bytes));
    if (file.endsWith('.css')) cssUrls(bytes.toString('utf8'), file).forEach(add);
  };
  const cssUrls = (css: string, from: string) => [...css.matchAll(CSS_URL)].map((m) => fileFor(from, m[1]!, base));

  const html = readFileSync(join(dist, page), 'utf8');
  files.set(page, gz(Buffer.from(html)));
  const doc = parse(html);
  for (const link of doc.querySelectorAll('link[href]')) {
    if (/\b(stylesheet|icon|preload|modulepreload)\b/.test(link.getAttribute('rel') ?? ''))
      add(fileFor(page, link.getAttribute('href')!, base));
  }
  for (const img of doc.querySelectorAll('img[src], source[src], image[href]'))
    add(fileFor(page, img.getAttribute('src') ?? img.getAttribute('href')!, base));
  for (const style of doc.querySelectorAll('style')) cssUrls(style.text, page).forEach(add);

  let script = 0;
  for (const el of doc.querySelectorAll('script')) {
    if (DATA_SCRIPT.test(el.getAttribute('type') ?? '')) continue;
    const src = el.getAttribute('src');
    const file = src ? fileFor(page, src, base) : undefined;
    script +=
      file && existsSync(join(dist, file)) ? readFileSync(join(dist, file)).byteLength : Buffer.byteLength(el.text);
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"]')) {
    const file = fileFor(page, link.getAttribute('href')!, base);
    if (file && existsSync(join(dist, file))) script += readFileSync(join(dist, file)).byteLength;
  }
  return { files, total: [...files.values()].reduce((a, b) => a + b, 0), script, missing };
}
