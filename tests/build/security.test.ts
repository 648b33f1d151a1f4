/**
 * Security and reuse in the built site: the Content Security Policy on every page and in _headers,
 * external links marked and safe, and the all-stats downloads complete.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { CSP_DIRECTIVES, cspHeader, EMBED_PATTERN } from '../../src/site/security/csp.ts';
import { markdownPlugins } from '../../src/book/markdown/index.ts';
import rehypeExternalLinks from '../../src/book/markdown/rehype-external-links.ts';
import { BASE, builtPages, DIST, page, pageForHref } from '../support/site.ts';
import { headersFor, parseHeadersFile } from '../support/hosted-site.ts';

const data = loadData(process.cwd());
const policy = (path: string) => {
  const content = page(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d]),
  );
};

describe('Content Security Policy', () => {
  it.each(builtPages())('%s carries it in a meta before any inline style, with no inline script allowed', (path) => {
    const head = page(path).querySelector('head')!;
    const csp = policy(path);
    expect(csp.get('default-src')).toBe("default-src 'self'");
    expect(csp.get('script-src')).toMatch(/^script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp.get('script-src')).not.toContain('unsafe-inline');
    expect(csp.get('style-src')).not.toContain('unsafe-inline');
    for (const directive of CSP_DIRECTIVES) expect(csp.get(directive.split(' ')[0]!)).toBe(directive);
    // Every inline <style> comes after the policy, or the browser would apply it before the policy exists.
    const children = head.childNodes.filter((n) => 'tagName' in n) as unknown as {
      tagName: string;
      getAttribute(n: string): string | undefined;
    }[];
    const cspAt = children.findIndex((el) => el.getAttribute('http-equiv') === 'content-security-policy');
    const firstStyle = children.findIndex((el) => el.tagName === 'STYLE');
    expect(cspAt).toBeGreaterThanOrEqual(0);
    if (firstStyle >= 0) expect(cspAt).toBeLessThan(firstStyle);
  });

  it('_headers sends the same policy (plus frame-ancestors) and locks down referrer and sniffing', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const all = rules.find((r) => r.pattern === `${BASE}*`)!.headers;
    expect(all['Content-Security-Policy']).toBe(cspHeader());
    expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(all['Referrer-Policy']).toBe('no-referrer');
    expect(all['X-Content-Type-Options']).toBe('nosniff');
  });

  it('_headers lets other sites frame the embed pages, and no other page', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    expect(rules.find((r) => r.pattern === `${BASE}${EMBED_PATTERN.slice(1)}`)?.detach.sort()).toEqual([
      'Content-Security-Policy',
      'X-Frame-Options',
    ]);
    for (const path of builtPages()) {
      const route = `${BASE}${path.replace(/index\.html$/, '')}`;
      const sent = headersFor(rules, route);
      if (path.startsWith('embed/')) {
        expect(sent['Content-Security-Policy'], route).toBe(cspHeader('embed'));
        expect(sent['Content-Security-Policy'], route).toContain('frame-ancestors *');
        expect(sent['X-Frame-Options'], route).toBeUndefined();
      } else {
        expect(sent['Content-Security-Policy'], route).toBe(cspHeader());
        expect(sent['X-Frame-Options'], route).toBe('DENY');
      }
    }
    expect(builtPages().filter((p) => p.startsWith('embed/')).length).toBeGreaterThan(0);
  });

  it('_headers lets browsers keep the hashed /_astro/ files for ever, and no page', () => {
    const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const files = readdirSync(join(DIST, '_astro'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      // Astro names each by a hash of its content (name.Hash123_.css), so a changed file has a new name.
      expect(file).toMatch(/\.[\w-]{8}\.\w+$/);
      expect(headersFor(rules, `${BASE}_astro/${file}`)['Cache-Control'], file).toBe(
        'public, max-age=31536000, immutable',
      );
    }
    for (const path of builtPages())
      expect(headersFor(rules, `${BASE}${path.replace(/index\.html$/, '')}`)['Cache-Control'], path).toBeUndefined();
  });
});

describe('external links', () => {
  it('the marking plugin runs on every chapter', () => {
    expect(markdownPlugins('.').rehypePlugins.some((p) => Array.isArray(p) && p[0] === rehypeExternalLinks)).toBe(true);
  });

  it.each(builtPages())('%s: every link to another site is marked and safe', (path) => {
    for (const link of page(path).querySelectorAll('main a[href^="http"]')) {
      const href = link.getAttribute('href')!;
      if (href.startsWith(data.book.url)) continue;
      expect(link.getAttribute('rel')?.split(' '), href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.querySelector('.visually-hidden')?.text, href).toContain('external site');
    }
  });
});

describe('the all-stats downloads', () => {
  const csv = csvParse(readFileSync(join(DIST, 'data/stats.csv'), 'utf8'));
  const json = JSON.parse(readFileSync(join(DIST, 'data/stats.json'), 'utf8'));

  it('CSV holds every stat once, with its value, study, base, fieldwork and sources', () => {
    expect(csv.map((r) => r.id).sort()).toEqual([...data.stats.keys()].sort());
    for (const row of csv) {
      const stat = data.stats.get(row.id!)!;
      const study = data.studies.get(stat.study)!;
      expect(Number(row.value)).toBe(stat.value);
      expect(row.source_ids?.split('; ')).toEqual(stat.sources);
      if (study.kind === 'survey') {
        expect(row.base).toBe(String(study.base));
        expect(row.fieldwork).toMatch(/\d{4}/);
      }
    }
  });

  it('are linked from the back matter, each with its true size', () => {
    const backMatter = page('index.html')
      .querySelectorAll('.contents__item--back a')
      .map((a) => pageForHref(a.getAttribute('href')!)!);
    const linking = builtPages().filter((p) => page(p).querySelector('main a[href$="data/stats.csv"]'));
    expect(linking.length).toBeGreaterThan(0);
    for (const path of linking) {
      expect(backMatter, path).toContain(path);
      for (const file of ['stats.csv', 'stats.json']) {
        const item = page(path).querySelector(`main a[href$="data/${file}"]`)!.closest('li')!;
        const kb = Math.max(1, Math.round(statSync(join(DIST, 'data', file)).size / 1024));
        expect(item.text, `${path}: ${file}`).toContain(`${kb} KB`);
      }
    }
  });

  it("JSON holds the same stats with the report's details", () => {
    expect(json.report).toMatchObject({ title: data.book.title, publisher: data.book.publisher, url: data.book.url });
    expect(json.stats.map((f: { id: string }) => f.id)).toEqual(csv.map((r) => r.id));
  });
});
