/**
 * Reading the built EPUB in the EPUB tests: its files, its package document and navigation parsed, its
 * content documents in reading order, and the two checkers the publishing world runs on it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { loadData } from '../../src/book/data/load.ts';
import { browserPath } from '../support/browser-launch.ts';
import { DIST } from '../support/site.ts';
import { paths } from '../../src/book/routes.ts';

export const data = loadData(process.cwd());
export const EPUB = join(DIST, paths.epub(data.book.title));

/** The EPUB's files, by path inside the container. */
export const readEpub = (file = EPUB): Record<string, Uint8Array> => unzipSync(new Uint8Array(readFileSync(file)));
export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
/** XML parsed as the HTML parser sees it (tags and attributes kept as written, e.g. `dc:title`). */
export const xml = (source: string): HTMLElement => parse(source, { lowerCaseTagName: false });

/** The package document and, in reading order, the content documents (path inside EPUB/, source). */
export function contents(files = readEpub()) {
  const opf = xml(text(files['EPUB/package.opf']!));
  const hrefs = new Map(opf.querySelectorAll('item').map((i) => [i.getAttribute('id')!, i.getAttribute('href')!]));
  const spine = opf.querySelectorAll('itemref').map((r) => hrefs.get(r.getAttribute('idref')!)!);
  return { opf, spine: spine.map((path) => ({ path, source: text(files[`EPUB/${path}`]!) })) };
}

/** The EPUB's files unpacked into a new folder (for a browser to open), which is returned. */
export function unpack(files: Record<string, Uint8Array>): string {
  const folder = mkdtempSync(join(tmpdir(), 'book-epub-'));
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), bytes);
  }
  return folder;
}

/** The files zipped again as an EPUB (mimetype first, stored), written to a new temporary file. */
export function rezip(files: Record<string, Uint8Array>, name: string): string {
  const { mimetype, ...rest } = files;
  const file = join(mkdtempSync(join(tmpdir(), 'book-epub-')), name);
  writeFileSync(file, zipSync({ mimetype: [mimetype!, { level: 0 }], ...rest }));
  return file;
}

const run = promisify(execFile);

/** epubcheck's verdict: its exit status and its messages (one a line: "ERROR(RSC-012): …"). */
export async function epubcheck(file: string): Promise<{ status: number; messages: string[] }> {
  const result = await run('java', ['-jar', '/usr/share/java/epubcheck.jar', '--quiet', file], {
    maxBuffer: 1 << 24,
  }).then(
    (r) => ({ status: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ status: e.code, out: e.stdout + e.stderr }),
  );
  return {
    status: result.status,
    messages: result.out.split('\n').filter((line) => /^(FATAL|ERROR|WARNING|USAGE|INFO)/.test(line)),
  };
}

/** Ace by DAISY (driven with the system Chromium): its exit status with -E and each violation's rule and file. */
export async function ace(
  file: string,
): Promise<{ status: number; violations: string[]; metadata: { missing: string[] } }> {
  const out = mkdtempSync(join(tmpdir(), 'book-ace-'));
  const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: browserPath(), ACE_TIMEOUT_INITIAL: '120000' };
  const status = await run('npx', ['ace-cli', '-E', '-s', '-f', '-o', out, file], { env, maxBuffer: 1 << 24 }).then(
    () => 0,
    (e: { code: number }) => e.code,
  );
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as AceReport;
  const violations = report.assertions.flatMap((doc) =>
    doc.assertions.map((a) => `${a['earl:test']['dct:title']} in ${doc['earl:testSubject'].url}`),
  );
  return { status, violations, metadata: report['a11y-metadata'] };
}

interface AceReport {
  'a11y-metadata': { missing: string[] };
  assertions: { 'earl:testSubject': { url: string }; assertions: { 'earl:test': { 'dct:title': string } }[] }[];
}
