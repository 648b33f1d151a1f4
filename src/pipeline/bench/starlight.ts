/**
 * Astro Starlight as the bench's peer (issue 28): the same synthetic chapters, as Starlight's `.md` docs,
 * each with the same three charts inline as this engine's own standalone SVG files (the same bytes: the
 * SVGs are made by this engine's code, src/figures/files/standalone.ts), the same prose, the stats as
 * their values and the cross-references as links. Starlight's config is the minimal one a new user
 * writes: a title, and Starlight's default sidebar, generated from the docs (every chapter, on every page).
 *
 * Starlight is installed once, at a pinned version, with the project's own version of Astro, in its own
 * folder (.cache/bench/starlight/, kept between runs, never in the project's package.json), which is also
 * the Starlight site each book is written into in turn (Astro would not build a site whose node_modules
 * are links to, or a parent folder of, somewhere else).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { FIGURE_LABEL } from '../../book/refs/registry.ts';
import { cachePath } from '../../lib/cache.ts';
import type { Engine } from './engine.ts';

/** The Starlight version the bench measures against (npm's latest when the peer was added). */
export const STARLIGHT_VERSION = '0.42.9';

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const version = (project: string, name: string): string =>
  JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Starlight installed under `<project>/.cache/bench/starlight/` (made on first use), as an engine. */
export function starlightEngine(project: string): Engine {
  const dir = cachePath(project, 'bench', 'starlight');
  const wanted = {
    name: 'bench-starlight-peer',
    private: true,
    type: 'module',
    // The project's own Astro and Markdown pipeline versions: the two sides differ in what is built on Astro.
    dependencies: {
      '@astrojs/starlight': STARLIGHT_VERSION,
      astro: version(project, 'astro'),
      '@astrojs/markdown-remark': version(project, '@astrojs/markdown-remark'),
    },
  };
  const manifest = join(dir, 'package.json');
  const installed =
    existsSync(manifest) &&
    existsSync(join(dir, 'node_modules', '@astrojs', 'starlight')) &&
    JSON.stringify(JSON.parse(readFileSync(manifest, 'utf8')).dependencies) === JSON.stringify(wanted.dependencies);
  if (!installed) {
    log(`installing Starlight ${STARLIGHT_VERSION} with Astro ${wanted.dependencies.astro} (once; kept in ${dir})`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(manifest, `${JSON.stringify(wanted, null, 2)}\n`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  }
  return { name: `Starlight ${version(dir, '@astrojs/starlight')}`, dir, peer: 'starlight' };
}

const CONFIG = (title: string) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // No sidebar option: Starlight generates the sidebar from every doc (\`autogenerate\` with directory '.' lists none).
  integrations: [starlight({ title: ${JSON.stringify(title)} })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Each placed chart's standalone SVG, by id, as this engine makes it for the book at `book`. */
async function chartSvgs(project: string, book: string): Promise<Map<string, { svg: string; number: number }>> {
  const { siteAddress } = await import(pathToFileURL(join(project, 'src/book/routes.ts')).href);
  const base = JSON.stringify(
    (siteAddress as (url: string) => { base: string })(parse(readFileSync(join(book, 'data/book.yaml'), 'utf8')).url)
      .base,
  );
  // Outside Vite, import.meta.env is undefined: the engine's modules read the base path from it (as Astro would give
  // it).
  const src = pathToFileURL(join(project, 'src')).href;
  registerHooks({
    load(url, context, next) {
      const loaded = next(url, context);
      if (!url.startsWith(src) || !String(loaded.source).includes('import.meta.env')) return loaded;
      return {
        ...loaded,
        source: String(loaded.source)
          .replaceAll('import.meta.env.BASE_URL', base)
          .replaceAll('import.meta.env.DEV', 'false'),
      };
    },
  });
  const { placedCharts } = await import(pathToFileURL(join(project, 'src/figures/view.ts')).href);
  const { getData } = await import(pathToFileURL(join(project, 'src/book/data/index.ts')).href);
  const { chartSvgFile } = await import(pathToFileURL(join(project, 'src/figures/files/standalone.ts')).href);
  const svgs = new Map<string, { svg: string; number: number }>();
  for (const view of await placedCharts(book))
    svgs.set(view.spec.id, { svg: chartSvgFile(view, getData(book).book), number: view.number });
  return svgs;
}

/**
 * Writes Starlight's copy of the synthetic book at `book` (written by synthetic-book.ts) into `to`:
 * one `src/content/docs/<chapter>.md` per chapter. Run in a process of its own (the engine's modules are
 * loaded to draw the charts); returns the bytes of the chart SVGs written.
 */
export async function writeStarlightBook(project: string, book: string, to: string): Promise<number> {
  const svgs = await chartSvgs(project, book);
  const stats = new Map<string, number>(
    (parse(readFileSync(join(book, 'data/stats.yaml'), 'utf8')) as { id: string; value: number }[]).map((s) => [
      s.id,
      s.value,
    ]),
  );
  const title = parse(readFileSync(join(book, 'data/book.yaml'), 'utf8')).title as string;
  const chapters = join(book, 'src/content/chapters');
  const docs = join(to, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  let svgBytes = 0;
  const titles = new Map<string, string>();
  const files = readdirSync(chapters)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (const file of files)
    titles.set(file.replace(/\.mdx$/, ''), /^title: (.+)$/m.exec(readFileSync(join(chapters, file), 'utf8'))![1]!);
  for (const file of files) {
    const mdx = readFileSync(join(chapters, file), 'utf8');
    const md = mdx
      // Starlight's frontmatter: its description is the chapter's summary; the order is the files' own.
      .replace(/^order: \d+\n/m, '')
      .replace(/^summary: /m, 'description: ')
      .replace(/^sources: .*\n/m, '')
      .replace(/<Stat id="([^"]+)" \/>/g, (_, id: string) => `${stats.get(id)}%`)
      .replace(/<Ref id="([^"]+)" \/>/g, (_, id: string) => {
        const chart = svgs.get(id);
        return chart ? `[${FIGURE_LABEL} ${chart.number}](#${id})` : `[${titles.get(id)}](../${id}/)`;
      })
      .replace(/<Chart id="([^"]+)" \/>/g, (_, id: string) => {
        const { svg } = svgs.get(id)!;
        svgBytes += Buffer.byteLength(svg);
        return `<figure id="${id}">\n${svg.trimEnd()}\n</figure>`;
      });
    writeFileSync(join(docs, file.replace(/\.mdx$/, '.md')), md);
  }
  writeFileSync(join(to, 'astro.config.mjs'), CONFIG(title));
  writeFileSync(join(to, 'src/content.config.ts'), CONTENT_CONFIG);
  return svgBytes;
}

/**
 * Starlight's copy of the synthetic book at `book`, written into Starlight's own folder (a project as `npm
 * create astro` makes one, its node_modules beside its src/), by a process of its own, after removing the
 * last book's docs, site and caches: its next build is a cold one. Returns the bytes of the chart SVGs inlined.
 */
export function writeStarlight(project: string, starlight: Engine, book: string): number {
  for (const old of ['src', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(starlight.dir, old), { recursive: true, force: true });
  const script =
    `import(${JSON.stringify(pathToFileURL(join(project, 'src/pipeline/bench/starlight.ts')).href)})` +
    `.then((m) => m.writeStarlightBook(${JSON.stringify(project)}, ${JSON.stringify(book)}, ` +
    `${JSON.stringify(starlight.dir)})).then((n) => console.log(n))`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: project,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim(),
  );
}
