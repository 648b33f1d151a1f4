/**
 * An engine the bench builds books with: this project, or an earlier commit of it checked out beside
 * it (under .cache/bench/, installed once and kept), so today's engine and the one it replaces are
 * measured in the same run, on the same machine, under the same load. Each engine builds its own
 * copy of the report and its own synthetic books, since the two may read different data files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { measure, type Measured } from './measure.ts';
import { CACHE_FOLDER, cachePath } from '../../lib/cache.ts';

/** What a build makes: everything `npm run build` makes, or the website alone (no PDF or EPUB). */
export type Editions = 'all' | 'site';

export interface Engine {
  /** How the table names it: "this engine" or "commit 5601582". */
  name: string;
  dir: string;
  /** A peer built on Astro but not this project (starlight.ts): `dir` is its install, a book is a site of its own. */
  peer?: 'starlight';
}

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** This project as an engine. */
export const thisEngine = (dir: string): Engine => ({ name: 'this engine', dir });

/** `commit` of this project checked out and installed under .cache/bench/ (made on first use). */
export function engineAt(project: string, commit: string): Engine {
  const dir = cachePath(project, 'bench', `engine-${commit}`);
  if (!existsSync(join(dir, 'node_modules'))) {
    log(`checking out commit ${commit} beside the project and installing its packages (once; kept in ${dir})`);
    if (!existsSync(dir))
      execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: project, stdio: 'ignore' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
  }
  return { name: `commit ${commit}`, dir };
}

const NOT_COPIED = new Set([
  '.git',
  'node_modules',
  'dist',
  'dist.staging',
  'dist.previous',
  CACHE_FOLDER,
  '.astro',
  'tests',
  'test-results',
]);

/**
 * A copy of the engine with its own report in `to` (chapters import components by relative paths, so
 * the report cannot move without the engine), with node_modules linked, not copied, and no caches.
 */
export function copyEngine(engine: Engine, to: string): Engine {
  for (const entry of readdirSync(engine.dir)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(engine.dir, entry), join(to, entry), { recursive: true });
  }
  mkdirSync(join(to, 'node_modules'));
  for (const entry of readdirSync(join(engine.dir, 'node_modules'))) {
    // Astro's and Vite's caches stay behind: a copy's first build is a cold one.
    if (!entry.startsWith('.') || entry === '.bin')
      symlinkSync(join(engine.dir, 'node_modules', entry), join(to, 'node_modules', entry));
  }
  return { name: engine.name, dir: to };
}

/** The first of `paths` the engine has: a file an older engine keeps elsewhere. */
const inEngine = (engine: Engine, ...paths: string[]): string =>
  paths.map((p) => join(engine.dir, p)).find((p) => existsSync(p)) ?? paths[0]!;

/** Writes a synthetic book of `count` chapters into `to` with the engine's own generator. */
export function writeSynthetic(engine: Engine, to: string, count: number): void {
  const generator = inEngine(engine, 'src/pipeline/bench/synthetic-book.ts', 'scripts/bench/synthetic-book.ts');
  const script =
    `import(${JSON.stringify(generator)}).then((m) => ` + `m.writeSyntheticBook(${JSON.stringify(to)}, ${count}))`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: engine.dir, stdio: 'inherit' });
}

/**
 * The engine's `npm run build` command line with `args`, read from its package.json (run without npm's own start-up).
 */
function buildScript(engine: Engine, args: string[] = []): string[] {
  const script: string = JSON.parse(readFileSync(join(engine.dir, 'package.json'), 'utf8')).scripts.build;
  return ['sh', '-c', `${script} "$@"`, 'sh', ...args];
}

/** An engine whose `npm run build` takes its settings as options (--book, --site-only), as its command says: this one. */
const takesOptions = (engine: Engine) =>
  readFileSync(join(engine.dir, 'scripts', 'build-site.ts'), 'utf8').includes('--book');

/**
 * An older engine that builds everything inside `astro build` (integrations) can be told to leave out the PDF and EPUB.
 */
const buildsInAstro = (engine: Engine) => existsSync(join(engine.dir, 'src', 'integrations'));

/**
 * Builds the book at `book` into `<book>/dist` with `engine`, measured as one command (checks, Astro,
 * search, links, and for 'all' the PDFs and EPUB). An older engine's site alone is its Astro build
 * plus its search step, measured one after the other and added up.
 */
export function build(engine: Engine, book: string, editions: Editions): Measured {
  if (engine.peer === 'starlight') {
    // Starlight's own `astro build`, in the book's folder (its node_modules link to the install in engine.dir).
    return measure(
      [process.execPath, join(engine.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
      book,
      { ASTRO_TELEMETRY_DISABLED: '1' },
    );
  }
  const path = {
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(engine.dir, 'node_modules', '.bin')}:${process.env.PATH}`,
  };
  if (takesOptions(engine))
    return measure(
      buildScript(engine, ['--book', book, ...(editions === 'site' ? ['--site-only'] : [])]),
      engine.dir,
      path,
    );
  // Older engines took their settings from the environment.
  const env = { ...path, BOOK_ROOT: book };
  if (editions === 'all') return measure(buildScript(engine), engine.dir, env);
  if (buildsInAstro(engine)) return measure(buildScript(engine), engine.dir, { ...env, BOOK_EDITIONS: 'site' });
  const dist = join(book, 'dist');
  const astro = measure(
    [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist],
    engine.dir,
    env,
  );
  const search = measure([process.execPath, 'scripts/build-search.ts', '--dist', dist], engine.dir, env);
  return {
    wall: astro.wall + search.wall,
    cpu: astro.cpu !== undefined && search.cpu !== undefined ? astro.cpu + search.cpu : undefined,
    cpuOf: astro.cpuOf,
    peak: Math.max(astro.peak ?? 0, search.peak ?? 0) || undefined,
    output: astro.output + search.output,
  };
}
