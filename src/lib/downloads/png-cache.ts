/**
 * The PNGs rendered at build time (each chart's PNG for slides, the chapters' social cards), rendered
 * once per distinct picture. A render costs 20 to 60 ms, so a finished PNG is kept in <book>/.cache/png/,
 * named by a hash of everything that decides its bytes: the caller's input (the SVG, with how it is
 * rendered), how PNGs are encoded, sharp's and its libraries' versions, and the machine's fonts.
 * A rebuild, or a book of 1,000 chapters rebuilt after one edit, renders only the pictures that changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PNG_ENCODING } from './indexed-png.ts';
import { bookRoot } from '../data/index.ts';
import { writeAtomically } from '../write-atomically.ts';

/** The fonts fontconfig offers the renderer; empty where fontconfig's tools are missing. */
function fonts(): string {
  try {
    return execFileSync('fc-list', ['--format', '%{file} %{fontversion}\n'], { encoding: 'utf8' }).split('\n').sort().join('\n');
  } catch {
    return '';
  }
}

let renderer: string | undefined;
/** What every PNG's bytes depend on besides its input, worked out once a build. */
const rendererKey = () => (renderer ??= [JSON.stringify(PNG_ENCODING), JSON.stringify(sharp.versions), fonts()].join('\0'));

const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * The PNG for `input` (everything the caller's rendering depends on: the SVG, sizes, options or the
 * rendering code itself), from the cache, or rendered by `render` and kept. Pages asking at once for
 * the same picture share one render.
 */
export function cachedPng(input: string, render: () => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> {
  const hash = createHash('sha256').update(rendererKey()).update('\0').update(input).digest('hex');
  let png = pending.get(hash);
  if (!png) {
    png = readOrRender(hash, render);
    pending.set(hash, png);
    // Shared while it is being made; once made, the file is the cache (kept here, the PNGs of a
    // 1,000-chapter book held about 450 MB until its build ended).
    void png.finally(() => pending.delete(hash)).catch(() => {});
  }
  return png;
}

async function readOrRender(hash: string, render: () => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> {
  const dir = join(bookRoot(), '.cache', 'png');
  const file = join(dir, `${hash}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    const png = await render();
    mkdirSync(dir, { recursive: true });
    writeAtomically(file, png);
    return new Uint8Array(png);
  }
}
