/**
 * A throwaway copy of the whole project, for tests that make an editor's mistake and run the real build
 * (`scripts/build-site.ts`, what `npm run build` runs) on it, and for the editor-loop bench (so no Vitest here). The
 * copy gets its own node_modules folder
 * of links to the project's packages, so builds running side by side keep their caches apart.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CACHE_FOLDER } from '../../lib/cache.ts';

const PROJECT = process.cwd();
const PARTS = ['src', 'data', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const CACHES = new Set(['.astro', '.vite', CACHE_FOLDER]);

export interface BuildResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ProjectCopy {
  root: string;
  read(file: string): string;
  write(file: string, text: string): void;
  /** Replaces `from` with `to` in a file of the copy (fails loudly if `from` is absent). */
  edit(file: string, from: string | RegExp, to: string): void;
  /** Appends `text` to a file and returns the file line `text` starts on. */
  append(file: string, text: string): number;
  /** Runs the real build in the copy (`npm run build`; `--check` is `npm run check` without types). */
  build(...args: string[]): Promise<BuildResult>;
  /** Runs one of the project's scripts (`scripts/<name>`) in the copy. */
  run(script: string, ...args: string[]): Promise<BuildResult>;
  remove(): void;
}

/** Copies the project's source, data and config into a fresh temporary folder. */
export function projectCopy(): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), 'book-project-'));
  for (const part of PARTS) cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(PROJECT, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  const path = (file: string) => join(root, file);
  const copy: ProjectCopy = {
    root,
    read: (file) => readFileSync(path(file), 'utf8'),
    write(file, text) {
      mkdirSync(dirname(path(file)), { recursive: true });
      writeFileSync(path(file), text);
    },
    edit(file, from, to) {
      const text = copy.read(file);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
      writeFileSync(path(file), next);
    },
    append(file, text) {
      const before = copy.read(file).replace(/\n*$/, '\n');
      writeFileSync(path(file), before + text);
      return before.split('\n').length;
    },
    build: (...args) => copy.run('build-site.ts', ...args),
    run: (script, ...args) =>
      new Promise((resolve) => {
        // Vitest sets BASE_URL=/ in its own environment, and Astro would take it over data/book.yaml's path:
        // the build runs as an editor's shell runs it, without it.
        const { BASE_URL: _vitestBase, ...env } = process.env;
        const child = spawn(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  return copy;
}

/**
 * A chapter of the copy's own, so tests never depend on the wording of the book's chapters. Its body starts on line 8.
 */
export const chapter = (body: string, front = 'title: A chapter with a mistake\norder: 99\n') =>
  `---\n${front}kind: back\nsummary: A chapter the tests write, to make one mistake in.\n---\n\n${body}\n`;
