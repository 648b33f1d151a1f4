/**
 * Nothing broken is ever published, under faults, each tried on a copy of the project with the real
 * `npm run build`: a build killed at several points (one of them between the swap's two renames), every
 * kind of cache entry cut short or with one bit flipped, two builds started at once, a full disk and a
 * site folder that cannot be written. Each time dist/ stays a complete site (the last good one), and the
 * next build gives the same bytes as a clean build.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, type BuildResult, type ProjectCopy } from './project-copy.ts';

let book: ProjectCopy;
/** Each file of a clean build's dist/, with the digest of its bytes. */
let clean: Map<string, string>;

/** Each file of the site folder `dir`, with the digest of its bytes. */
function site(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The files of `dir` that differ from the clean build's (missing, extra or changed): none when it is the same site. */
function differences(dir: string): string[] {
  if (!existsSync(dir)) return ['(no site at all)'];
  const now = site(dir);
  const names = new Set([...clean.keys(), ...now.keys()]);
  return [...names].filter((f) => clean.get(f) !== now.get(f));
}

const dist = () => join(book.root, 'dist');

/**
 * The real build in the copy, with extra environment, killed once its output holds `killWhen`, or
 * `killAfterLock` ms after it took the book's lock (the lock is taken before Astro bundles and renders).
 */
function buildUntil(
  options: { env?: NodeJS.ProcessEnv; killWhen?: string; killAfterLock?: number } = {},
): Promise<BuildResult & { killed: boolean }> {
  return new Promise((resolve) => {
    const { BASE_URL: _vitestBase, ...env } = process.env;
    const child = spawn(process.execPath, [join(book.root, 'scripts', 'build-site.ts')], {
      cwd: book.root,
      env: { ...env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      killed = child.kill('SIGKILL');
    };
    if (options.killAfterLock !== undefined) {
      const lock = join(book.root, '.cache', 'build.lock');
      const poll = setInterval(() => {
        if (!existsSync(lock)) return;
        clearInterval(poll);
        setTimeout(kill, options.killAfterLock);
      }, 20);
      child.on('close', () => clearInterval(poll));
    }
    child.stdout.on('data', (d) => {
      stdout += d;
      if (options.killWhen && stdout.includes(options.killWhen)) kill();
    });
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, stdout, stderr, killed: killed || signal === 'SIGKILL' }));
  });
}

/** A build that must succeed; returns its output. */
async function build(env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = await buildUntil({ env });
  if (run.code !== 0) throw new Error(`the build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout + run.stderr;
}

beforeAll(async () => {
  book = projectCopy();
  await build();
  clean = site(dist());
}, 240_000);
afterAll(() => book?.remove());

describe('a build killed with SIGKILL', () => {
  // Each point well before the swap: a kill that lands between its two renames is the case after these.
  it.each([
    ['while Astro bundles and renders the pages', { killAfterLock: 1_500 }],
    ['while the search index and PDFs are made', { killWhen: 'Checked every internal link' }],
    ['once the PDFs and the EPUB are made', { killWhen: 'Made the EPUB' }],
  ])("%s leaves the last good site in dist/, and the next build gives the clean build's bytes", async (_, when) => {
    rmSync(join(book.root, '.cache', 'published.json'), { force: true }); // so the build runs in full
    const killed = await buildUntil(when);
    expect(killed.killed).toBe(true);
    expect(differences(dist())).toEqual([]);
    const next = await build();
    expect(next).toContain('stopped without finishing: taking over its lock');
    expect(differences(dist())).toEqual([]);
  });

  it(
    'between the two renames of the swap leaves the last site aside, which the next build ' +
      'puts back before anything else',
    async () => {
      rmSync(join(book.root, '.cache', 'published.json'), { force: true });
      const killed = await buildUntil({ env: { BOOK_FAULT: 'kill-in-swap' } });
      expect(killed.killed).toBe(true);
      expect(existsSync(dist())).toBe(false);
      expect(differences(`${dist()}.previous`)).toEqual([]);
      const next = await build();
      expect(next).toContain('Put back dist/, the last published site');
      expect(differences(dist())).toEqual([]);
    },
  );
});

/** Every entry of one kind of cache in the copy (a file, or the files under a folder), digests beside them left out. */
const entries = (part: string): string[] => {
  const path = join(book.root, part);
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile() && !f.endsWith('.sha256'));
};

const KINDS = [
  ['the chart PNGs and social cards', '.cache/png'],
  ['what the link check read', '.cache/link-check.json'],
  ['the record of the site last published', '.cache/published.json'],
  ["Node's compiled code", '.cache/node-compile'],
  ["Astro's content store", '.cache/astro'],
] as const;

const DAMAGE = {
  'cut short': (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2)),
  'one bit flipped': (file: string) => {
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
    writeFileSync(file, bytes);
  },
};

describe.each(Object.entries(DAMAGE))('every cache entry %s', (_, damage) => {
  it.each(KINDS)("%s: the next build gives the clean build's bytes", async (_kind, part) => {
    await build(); // the caches as a build leaves them
    const damaged = entries(part);
    expect(damaged.length).toBeGreaterThan(0);
    for (const file of damaged) damage(file);
    // dist/ goes, so that everything is made again from the caches (the record of the last site proves nothing then).
    rmSync(dist(), { recursive: true, force: true });
    const log = await build();
    expect(differences(dist())).toEqual([]);
    if (part.startsWith('.cache/') && !['.cache/node-compile', '.cache/astro'].includes(part))
      expect(log).toMatch(/cache: .* it is made again\./);
    // Astro checks nothing it reads back from its store: the build deletes one it cannot vouch for.
    if (part === '.cache/astro')
      expect(log).toContain("Astro's content store was not as the last build left it: deleted, and made again.");
  });
});

describe('two builds started together', () => {
  it('one publishes, the other waits for it and says so, and dist/ is a complete site', async () => {
    rmSync(join(book.root, '.cache', 'published.json'), { force: true });
    const [a, b] = await Promise.all([buildUntil(), buildUntil()]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(a.stdout + b.stdout).toMatch(
      /another build is running in this folder \(pid \d+, started [^)]+\); waiting\./,
    );
    expect(a.stderr + b.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(differences(dist())).toEqual([]);
  });
});

describe('a fault of the machine', () => {
  const preload = `--import=${pathToFileURL(join(process.cwd(), 'tests/editors/fail-writes.mjs')).href}`;
  const sentence = 'A sentence the fault tests add, which never reaches the published site.';

  it.each([
    [
      'a full disk',
      'ENOSPC:/.cache/staging/data/',
      /^The build could not finish: the disk is full: writing \.cache\/staging\/data\/\S+ failed \(ENOSPC\)\. Fix: free some space .*; dist\/ still holds the last good build\.$/,
    ],
    [
      'a site folder that cannot be written',
      'EACCES:/dist',
      /^The build could not finish: dist cannot be written: you do not have permission \(EACCES\)\. Fix: give your user write access to dist .*; dist\/ still holds the last good build\.$/,
    ],
  ])('(%s) ends in one line naming the cause and the fix, and leaves dist/ as it was', async (_, fault, message) => {
    const chapter = 'src/content/chapters/funding.mdx';
    const before = book.read(chapter);
    book.append(chapter, `\n${sentence}\n`);
    try {
      const run = await buildUntil({ env: { FAIL_WRITES: fault, NODE_OPTIONS: preload } });
      expect(run.code).toBe(1);
      const said = run.stderr.trim().split('\n').filter(Boolean);
      expect(said).toEqual([expect.stringMatching(message)]);
      expect(differences(dist())).toEqual([]);
    } finally {
      book.write(chapter, before);
    }
  });
});
