/**
 * Building again from the same source: the same bytes (no clock, no random ids), also on a machine with
 * other fonts installed; the US Letter option; and a build that never starts a browser.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/site.ts';
import { BOOK_PDF, openPdf, pdfBytes } from './read-book.ts';

const temp = mkdtempSync(join(tmpdir(), 'book-pdf-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
/** A whole build into a folder of its own, with `options` and `env` added; its status and log. */
const build = (name: string, env: NodeJS.ProcessEnv = {}, options: string[] = []) =>
  spawnSync(process.execPath, ['scripts/build-site.ts', '--out', join(temp, name), ...options], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const samePdfs = (name: string) => {
  const files = readdirSync(join(DIST, 'pdf')).sort();
  expect(readdirSync(join(temp, name, 'pdf')).sort()).toEqual(files);
  for (const file of files)
    expect(
      Buffer.compare(readFileSync(join(temp, name, 'pdf', file)), readFileSync(join(DIST, 'pdf', file))),
      file,
    ).toBe(0);
};

describe('building the PDFs again', () => {
  it('gives byte-for-byte the same PDFs from the same source, with no browser driver loadable', () => {
    const result = build('again', {
      NODE_OPTIONS: `--import=${join(process.cwd(), 'tests/pdf/no-browser.mjs')}`,
      CHROME_PATH: join(temp, 'no-such-chrome'),
    });
    expect(result.status, result.stderr).toBe(0);
    samePdfs('again');
  });

  it('gives the same bytes on a machine with other fonts: the edition brings its own', () => {
    // One font only, of another family than the machine's default sans, as the fonts the system offers.
    const fc = (cmd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
      spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env } }).stdout.trim();
    const defaultSans = fc('fc-match', ['-f', '%{family[0]}', 'sans-serif']);
    const other = fc('fc-list', ['--format', '%{family[0]}\t%{file}\n', ':style=Regular:fontformat=TrueType'])
      .split('\n')
      .map((line) => line.split('\t'))
      .find(([family, file]) => family !== defaultSans && file?.endsWith('.ttf'));
    expect(other, 'a second font family on this machine').toBeDefined();
    const fonts = join(temp, 'one-font');
    mkdirSync(fonts);
    cpSync(other![1]!, join(fonts, 'font.ttf'));
    const config = join(temp, 'fonts.conf');
    writeFileSync(
      config,
      `<?xml version="1.0"?>\n<fontconfig><dir>${fonts}</dir><cachedir>${join(temp, 'fc-cache')}</cachedir></fontconfig>`,
    );
    expect(fc('fc-match', ['-f', '%{family[0]}', 'sans-serif'], { FONTCONFIG_FILE: config })).toBe(other![0]);
    const result = build('other-fonts', { FONTCONFIG_FILE: config });
    expect(result.status, result.stderr).toBe(0);
    samePdfs('other-fonts');
  });

  it('sets the book on US Letter when asked', async () => {
    const result = build('letter', {}, ['--paper', 'letter']);
    expect(result.status, result.stderr).toBe(0);
    const doc = await openPdf(new Uint8Array(readFileSync(join(temp, 'letter', BOOK_PDF))));
    expect((await doc.getPage(1)).view.map(Math.round)).toEqual([0, 0, 612, 792]);
    expect((await openPdf(pdfBytes(BOOK_PDF)).then((d) => d.getPage(1))).view.map(Math.round)).toEqual([
      0, 0, 595, 842,
    ]);
  });
});
