/**
 * The print edition's type: Atkinson Hyperlegible Next (regular, bold and their italics) and Atkinson
 * Hyperlegible Mono, as TTF files from npm, handed to Typst as font blobs, so a PDF has the same bytes on
 * any machine. Typst would still fall back on its own or the system's fonts for a character these lack
 * (into SVG text too, where `fallback: false` does not reach), so every character is checked first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkitten';
import { BookError } from '../../lib/book-error.ts';

const require = createRequire(import.meta.url);
const file = (family: 'next' | 'mono', face: string) =>
  require.resolve(
    `@expo-google-fonts/atkinson-hyperlegible-${family}/${face}/AtkinsonHyperlegible${family === 'next' ? 'Next' : 'Mono'}_${face}.ttf`,
  );

/** The font files, in the order Typst is given them. */
export const FONT_FILES = [
  file('next', '400Regular'),
  file('next', '400Regular_Italic'),
  file('next', '700Bold'),
  file('next', '700Bold_Italic'),
  file('mono', '400Regular'),
];

let loaded: { blobs: Buffer[]; faces: Font[] } | undefined;
/** The fonts' bytes, read once per process. */
export function fontBlobs(): Buffer[] {
  loaded ??= (() => {
    const blobs = FONT_FILES.map((path) => readFileSync(path));
    return { blobs, faces: blobs.map((blob) => create(blob) as Font) };
  })();
  return loaded.blobs;
}

/**
 * Stops the build at the first character in `text` that no face of the book's fonts has, naming it and
 * where it was written (its line, when `source` is the file's text and holds it): Typst would otherwise
 * set it in a font the book does not carry, or as a box.
 */
export function checkGlyphs(text: string, where: { file: string; field?: string }, source?: string): void {
  fontBlobs();
  for (const char of new Set(text.replace(/\s/g, ''))) {
    const code = char.codePointAt(0)!;
    if (loaded!.faces.some((face) => face.hasGlyphForCodePoint(code))) continue;
    const hex = code.toString(16).toUpperCase().padStart(4, '0');
    const at = source?.indexOf(char) ?? -1;
    const line = at < 0 ? undefined : source!.slice(0, at).split('\n').length;
    throw new BookError(
      { ...where, line, id: char },
      `the character "${char}" (U+${hex}) is not in the print edition's fonts, so the PDF cannot show it.`,
      'write it another way (for example "->" or "to" for an arrow), or remove it. EDITING.md ' +
        'lists what the fonts hold.',
    );
  }
}
