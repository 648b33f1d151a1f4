/**
 * Social cards, rendered once per distinct card. Rendering a PNG with sharp costs about 44 ms a card, so
 * a finished card is kept in <book>/.cache/og/, named by a hash of everything that decides its bytes:
 * the card's input (its text, or the figure's SVG), the rendering code (src/lib/sharing/og-image.ts),
 * sharp's and its libraries' versions, and the machine's fonts (their files and versions). A rebuild,
 * or a book with 1,000 chapters rebuilt after one edit, renders only the cards that changed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { bookRoot } from '../../lib/data/index.ts';
// The rendering code's own text (Vite's ?raw import): a change to how cards are drawn is a new card.
import renderingCode from '../../lib/sharing/og-image.ts?raw';

/** The fonts fontconfig offers the renderer; empty where fontconfig's tools are missing. */
function fonts(): string {
  try {
    return execFileSync('fc-list', ['--format', '%{file} %{fontversion}\n'], { encoding: 'utf8' }).split('\n').sort().join('\n');
  } catch {
    return '';
  }
}

let renderer: string | undefined;
/** What every card's bytes depend on besides its input, computed once a build. */
const rendererKey = () => (renderer ??= [renderingCode, JSON.stringify(sharp.versions), fonts()].join('\0'));

/** The card for `input` from the cache, or rendered by `render` and cached. */
export async function cachedCard(input: string, render: () => Promise<Buffer>): Promise<Uint8Array<ArrayBuffer>> {
  const hash = createHash('sha256').update(rendererKey()).update('\0').update(input).digest('hex');
  const dir = join(bookRoot(), '.cache', 'og');
  const file = join(dir, `${hash}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    const png = await render();
    mkdirSync(dir, { recursive: true });
    // Written aside, then renamed: a build running beside this one never reads half a card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return new Uint8Array(png);
  }
}
