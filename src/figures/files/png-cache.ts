/**
 * The PNGs rendered at build time (each chart's PNG for slides, the chapters' social cards), rendered
 * once per distinct picture. A render costs 20 to 60 ms, so a finished PNG is kept in the book's cache (../cache.ts),
 * named by a hash of everything that decides its bytes: the caller's input (the SVG, with how it is
 * rendered), how PNGs are encoded, sharp's and its libraries' versions, and the machine's fonts.
 * A rebuild, or a book of 1,000 chapters rebuilt after one edit, renders only the pictures that changed.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { PNG_ENCODING } from './indexed-png.ts';
import { cachePath, readEntry, writeEntry } from '../../lib/cache.ts';

let fonts: string | undefined;
/** The fonts fontconfig offers the renderer, asked once a process; empty where fontconfig's tools are missing. */
export function machineFonts(): string {
  try {
    fonts ??= execFileSync('fc-list', ['--format', '%{file} %{fontversion}\n'], { encoding: 'utf8' })
      .split('\n')
      .sort()
      .join('\n');
  } catch {
    fonts = '';
  }
  return fonts;
}

let renderer: string | undefined;
/** What every PNG's bytes depend on besides its input, worked out once a build. */
const rendererKey = () =>
  (renderer ??= [JSON.stringify(PNG_ENCODING), JSON.stringify(sharp.versions), machineFonts()].join('\0'));

const pending = new Map<string, Promise<Uint8Array>>();

/**
 * The PNG for `input` in the cache of the book at `root` (`input` is everything the caller's rendering
 * depends on: the SVG, sizes, options or the rendering code itself): from the cache, checked against
 * the digest it was kept with, or rendered by `render` and kept. Callers asking at once for the same
 * picture share one render.
 */
export function cachedPng(root: string, input: string, render: () => Promise<Buffer>): Promise<Uint8Array> {
  const hash = createHash('sha256').update(rendererKey()).update('\0').update(input).digest('hex');
  let png = pending.get(hash);
  if (!png) {
    const entry = cachePath(root, 'pictures', `${hash}.png`);
    used.add(entry);
    png = findOrRender(entry, render);
    pending.set(hash, png);
    // Shared while it is being made; once made, the cache is the file (a 1,000-chapter book's pictures
    // held here would be 120 MB until the build ended).
    void png.finally(() => pending.delete(hash)).catch(() => {});
  }
  return png;
}

/** The entries this process has asked for. */
const used = new Set<string>();

/**
 * Deletes from the cache of the book at `root` every picture this process did not ask for, so the cache
 * holds the book's pictures as they are, not one for every version of every chart since the first
 * build. The build calls it once it has published; returns how many it deleted.
 */
export function forgetUnusedPngs(root: string): number {
  const folder = cachePath(root, 'pictures');
  if (!existsSync(folder)) return 0;
  let forgotten = 0;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (used.has(file.replace(/\.sha256$/, ''))) continue;
    rmSync(file, { force: true });
    if (name.endsWith('.png')) forgotten++;
  }
  return forgotten;
}

/** How many pictures this process has rendered (not found in the cache): the build's log says. */
export const pngsRendered = (): number => rendered;
let rendered = 0;

async function findOrRender(entry: string, render: () => Promise<Buffer>): Promise<Uint8Array> {
  const kept = readEntry(entry);
  if (kept) return kept;
  const png = await render();
  rendered++;
  writeEntry(entry, png);
  return png;
}
