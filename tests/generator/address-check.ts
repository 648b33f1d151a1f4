/**
 * Does a built site agree with its own address (data/book.yaml `url`, origin and base path)? Every
 * internal link resolves under the base, every page's canonical and og:url are the page itself, and every
 * absolute address under the book's url (social cards, the sitemap, embed code) names a built file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks } from '../../src/pipeline/check-links.ts';
import { siteAddress } from '../../src/book/routes.ts';
import { builtPages, page } from '../support/site.ts';

/** The built file an address under `url` names ('…/funding/#x' → 'funding/index.html'), if it exists. */
function builtFile(dist: string, url: string, address: string): string | undefined {
  const path = address.slice(url.length).split(/[?#]/)[0]!;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return existsSync(join(dist, file)) ? file : undefined;
}

/** Each way the site built in `dist` disagrees with `bookUrl`, as a sentence; [] when it all agrees. */
export function addressProblems(dist: string, bookUrl: string): string[] {
  const { url, base } = siteAddress(bookUrl);
  const problems = findBrokenLinks(dist, base).map((link) => `${link.page}: the link ${link.href} leads nowhere`);
  const checkAbsolute = (where: string, address: string) => {
    if (address.startsWith(url) && !builtFile(dist, url, address))
      problems.push(`${where}: ${address} is not a built file`);
  };
  for (const path of builtPages(dist)) {
    const doc = page(path, dist);
    const own = url + path.replace(/(^|\/)index\.html$/, '$1');
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
    // The not-found page is served at any address: it names none as its own.
    if (path !== '404.html') {
      if (canonical !== own) problems.push(`${path}: canonical is ${canonical}, not ${own}`);
      if (ogUrl !== own) problems.push(`${path}: og:url is ${ogUrl}, not ${own}`);
    }
    for (const el of doc.querySelectorAll('[href], [src], meta[content]')) {
      checkAbsolute(path, el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('content')!);
    }
  }
  for (const map of ['sitemap-index.xml', 'sitemap-0.xml']) {
    const locs = [...readFileSync(join(dist, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    if (!locs.length) problems.push(`${map} lists no address`);
    for (const loc of locs) checkAbsolute(map, loc);
  }
  return problems;
}
