/**
 * Building again from the same source: the same bytes (no clock, no random ids), also on a machine with
 * other fonts installed; the US Letter option; and, with no browser, one clear line instead of a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printDir } from '../../src/integrations/staging.ts';
import { DIST } from '../support/site.ts';
import { BOOK_PDF, openPdf, pdfBytes } from './read-book.ts';

const temp = mkdtempSync(join(tmpdir(), 'book-pdf-'));
const a4 = join(temp, 'a4');
const letter = join(temp, 'letter');
const nobrowser = join(temp, 'no-browser');
const otherFonts = join(temp, 'other-fonts');
// Each run prints afresh, with a cache of its own: the bytes compared are printed, not kept from a build.
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['scripts/build-pdf.ts', ...args, '--cache', mkdtempSync(join(temp, 'cache-'))], { encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(() => {
  // The whole build, its PDFs then removed (each run below prints its own); the print pages it kept out of
  // the site go back in, as the PDF step finds them.
  const built = spawnSync('npx', ['astro', 'build', '--outDir', a4], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  rmSync(join(a4, 'pdf'), { recursive: true });
  cpSync(printDir(), join(a4, 'print'), { recursive: true });
  cpSync(a4, letter, { recursive: true });
  cpSync(a4, nobrowser, { recursive: true });
  cpSync(a4, otherFonts, { recursive: true });
}, 180_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('building the PDFs again', () => {
  it('gives byte-for-byte the same PDFs from the same source', () => {
    expect(run(['--dist', a4]).status).toBe(0);
    const files = readdirSync(join(DIST, 'pdf')).sort();
    expect(readdirSync(join(a4, 'pdf')).sort()).toEqual(files);
    for (const file of files) {
      expect(Buffer.compare(readFileSync(join(a4, 'pdf', file)), readFileSync(join(DIST, 'pdf', file))), file).toBe(0);
    }
  });

  it('gives the same bytes on a machine with other fonts: the edition brings its own', () => {
    // The machine's rendering rules (conf.d), but one font only, of another family than its default sans
    // (with no font at all, Chromium's renderer crashes on the contents page, so one is left).
    const fc = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();
    const defaultSans = fc('fc-match', ['-f', '%{family[0]}', 'sans-serif']);
    const other = fc('fc-list', ['--format', '%{family[0]}\t%{file}\n', ':style=Regular:fontformat=TrueType']).split('\n')
      .map((line) => line.split('\t')).find(([family, file]) => family !== defaultSans && file?.endsWith('.ttf'));
    expect(other, 'a second font family on this machine').toBeDefined();
    const fonts = join(temp, 'one-font');
    mkdirSync(fonts);
    cpSync(other![1]!, join(fonts, 'font.ttf'));
    const config = join(temp, 'fonts.conf');
    writeFileSync(config, `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${join(temp, 'fc-cache')}</cachedir>`
      + '<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>');
    expect(fc('fc-match', ['-f', '%{family[0]}', 'sans-serif'], { FONTCONFIG_FILE: config })).toBe(other![0]);
    expect(run(['--dist', otherFonts], { FONTCONFIG_FILE: config }).status).toBe(0);
    for (const file of readdirSync(join(DIST, 'pdf'))) {
      expect(Buffer.compare(readFileSync(join(otherFonts, 'pdf', file)), readFileSync(join(DIST, 'pdf', file))), file).toBe(0);
    }
  });

  it('sets the book on US Letter when asked', async () => {
    expect(run(['--dist', letter, '--paper', 'letter']).status).toBe(0);
    const size = async (dist: string) => {
      const doc = await openPdf(new Uint8Array(readFileSync(join(dist, BOOK_PDF))));
      return (await doc.getPage(1)).view.map(Math.round);
    };
    expect(await size(letter)).toEqual([0, 0, 612, 792]);
    expect((await openPdf(pdfBytes(BOOK_PDF)).then((d) => d.getPage(1))).view.map(Math.round)).toEqual([0, 0, 595, 842]);
  });

  it('says in one line how to get a browser when there is none, and fails', () => {
    const result = run(['--dist', nobrowser], { CHROME_PATH: join(temp, 'no-such-chrome') });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `build-pdf: no Chromium at ${join(temp, 'no-such-chrome')}, so no PDF can be made: install Debian's `
      + '(sudo apt-get install chromium, or run bash scripts/book.sh build, which does it) or set CHROME_PATH to a Chrome or Chromium binary.',
    ]);
  });
});
