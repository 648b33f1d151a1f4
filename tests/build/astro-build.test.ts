/**
 * `npx astro build`, exactly as typed, on a copy of the project, makes the complete site: search that
 * finds a chapter, the PDFs and EPUB with their sizes in the download links, _headers, no print page
 * published; and a broken internal link fails it and leaves the last good dist/ as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFileSize, sizeMarkers } from '../../src/site/downloads/size-markers.ts';
import { chapter, projectCopy, type BuildResult, type ProjectCopy } from '../editors/project-copy.ts';
import { searchSite } from './search-in-node.ts';

const BUILD_TIME = 600_000;

/** Runs `npx astro build` in `root`, as an editor would type it. */
const astroBuild = (root: string): Promise<BuildResult> =>
  new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const child = spawn('npx', ['astro', 'build'], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

let book: ProjectCopy;
let built: BuildResult;
let dist: string;
const pages = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
beforeAll(async () => {
  book = projectCopy();
  book.write('src/content/chapters/own-words.mdx', chapter("A chapter of the test's own, about the quokkaword."));
  built = await astroBuild(book.root);
  dist = join(book.root, 'dist');
}, BUILD_TIME);
afterAll(() => book?.remove());

describe('npx astro build', () => {
  it('succeeds and publishes into dist/', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toContain('build: Published to dist/');
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('makes a search index that finds a chapter by its text', async () => {
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(await searchSite(dist, 'quokkaword')).toEqual(['/own-words/']);
  });

  it('makes every PDF and the EPUB, and writes their real sizes into the download links', () => {
    let links = 0;
    for (const page of pages()) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).not.toMatch(/data-(pdf|epub)-size="[^"]*"[^>]*>(PDF|EPUB)</);
      for (const kind of ['pdf', 'epub'] as const) {
        for (const file of sizeMarkers(html, kind)) {
          expect(html, page).toContain(`>${kind.toUpperCase()}, ${formatFileSize(statSync(join(dist, file)).size)}<`);
          links++;
        }
      }
    }
    expect(links).toBeGreaterThan(pages().length);
    expect(existsSync(join(dist, 'pdf', 'building-cyber-resilient-healthcare-own-words.pdf'))).toBe(true);
  });

  it('publishes no print page, and writes _headers', () => {
    expect(existsSync(join(dist, 'print'))).toBe(false);
    expect(pages().filter((p) => p.startsWith('print'))).toEqual([]);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/print/');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
  });

  it(
    'fails on a broken internal link, naming file, line and fix, and keeps the last good dist/',
    async () => {
      const before = readFileSync(join(dist, 'index.html'), 'utf8');
      book.write(
        'src/content/chapters/mistake.mdx',
        chapter('Read [the funding chapter](/fundin/).', 'title: A chapter with a mistake\norder: 98\n'),
      );
      const failed = await astroBuild(book.root);
      expect(failed.code).not.toBe(0);
      expect(failed.stdout + failed.stderr).toContain(
        'src/content/chapters/mistake.mdx:8 (field "link"): links to "/fundin/", but the report ' +
          'has no page at that address.\n  Fix: did you mean "/funding/"?',
      );
      expect(failed.stdout, 'stopped before the slow steps').not.toContain('search: indexed');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe(before);
      expect(existsSync(join(dist, 'mistake')), 'the failed build published nothing').toBe(false);
      expect(existsSync(join(book.root, '.cache', 'staging')), 'nothing half-built left behind').toBe(false);
    },
    BUILD_TIME,
  );
});
