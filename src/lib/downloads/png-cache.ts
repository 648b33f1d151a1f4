/**
 * The PNGs rendered at build time (each chart's PNG for slides, the chapters' social cards), rendered
 * once per distinct picture. A render costs 20 to 60 ms, so a finished PNG is kept in <book>/.cache/png/,
 * named by a hash of everything that decides its bytes: the caller's input (the SVG, with how it is
 * rendered), how PNGs are encoded, sharp's and its libraries' versions, and the machine's fonts.
 * A rebuild, or a book of 1,000 chapters rebuilt after one edit, renders only the pictures that changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PNG_ENCODING } from './indexed-png.ts';
import { bookRoot } from '../data/index.ts';
import { writeAtomically } from '../write-atomically.ts';

/** The fonts fontconfig offers the renderer; empty where fontconfig's tools are missing. */
export function machineFonts(): string {
  try {
    return execFileSync('fc-list', ['--format', '%{file} %{fontversion}\n'], { encoding: 'utf8' }).split('\n').sort().join('\n');
  } catch {
    return '';
  }
}

let renderer: string | undefined;
/** What every PNG's bytes depend on besides its input, worked out once a build. */
const rendererKey = () => (renderer ??= [JSON.stringify(PNG_ENCODING), JSON.stringify(sharp.versions), machineFonts()].join('\0'));

const pending = new Map<string, Promise<string>>();

/**
 * The cached file holding the PNG for `input` (everything the caller's rendering depends on: the SVG,
 * sizes, options or the rendering code itself), rendered by `render` and kept if it was not there.
 * Callers asking at once for the same picture share one render. The build copies the file into the site.
 */
export function cachedPngFile(input: string, render: () => Promise<Buffer>): Promise<string> {
  const hash = createHash('sha256').update(rendererKey()).update('\0').update(input).digest('hex');
  let file = pending.get(hash);
  if (!file) {
    file = findOrRender(hash, render);
    pending.set(hash, file);
    void file.finally(() => pending.delete(hash)).catch(() => {});
  }
  return file;
}

/** The PNG for `input`'s bytes (see cachedPngFile). */
export const cachedPng = async (input: string, render: () => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> =>
  new Uint8Array(readFileSync(await cachedPngFile(input, render)));

/** How many pictures this process has rendered (not found in the cache): the build's log says. */
export const pngsRendered = (): number => rendered;
let rendered = 0;

async function findOrRender(hash: string, render: () => Promise<Buffer>): Promise<string> {
  const dir = join(bookRoot(), '.cache', 'png');
  const file = join(dir, `${hash}.png`);
  if (existsSync(file)) return file;
  const png = await render();
  rendered++;
  mkdirSync(dir, { recursive: true });
  writeAtomically(file, png);
  return file;
}
