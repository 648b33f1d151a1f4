/**
 * The live preview (`npm run dev`) as an editor uses it, in Chromium: save a change to data/ or a chapter
 * and the open page shows it; save a mistake and the terminal and the page (Astro's error overlay) say
 * what to fix; correct it and the page comes back. The book's PDF is served at its address in the site,
 * typeset anew after a save.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { launchBrowser } from '../support/browser-launch.ts';
import { openPdf, pageText } from '../../src/pipeline/harness/read-pdf.ts';
import { startDev, type DevServer } from '../../src/pipeline/harness/dev-server.ts';
import { projectCopy, type ProjectCopy } from './project-copy.ts';
import { paths } from '../../src/book/routes.ts';

let book: ProjectCopy | undefined;
let dev: DevServer | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  dev?.stop();
  book?.remove();
});

/** One copy and one server for the file: starting them is most of each case's time. */
async function preview(): Promise<{ book: ProjectCopy; dev: DevServer }> {
  book ??= projectCopy();
  dev ??= await startDev(book.root);
  return { book, dev };
}

const CHAPTER = 'src/content/chapters/what-staff-think.mdx';
const STAT = /(- id: staff-role-awareness\n {2}value: )\d+\n/;

/** Waits until the page (its text, or the error overlay's, which getByText reaches inside) shows `text`. */
async function shows(page: Page, text: string, what: string, timeout = 60_000): Promise<void> {
  try {
    await page.getByText(text).first().waitFor({ timeout });
  } catch {
    throw new Error(`timed out waiting for ${what} ("${text}"); the preview printed:\n${dev?.log().slice(-4000)}`);
  }
}

/** Waits until the terminal has printed `message`. */
async function printed(message: string): Promise<void> {
  const end = Date.now() + 60_000;
  while (!dev!.log().includes(message)) {
    if (Date.now() > end)
      throw new Error(`the terminal never printed:\n${message}\nit printed:\n${dev!.log().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('shows a saved change, reports a mistake with its fix, and recovers once it is corrected', async () => {
  const { book, dev } = await preview();
  browser = await launchBrowser();
  const page = await browser.newPage();
  const end = Date.now() + 120_000;
  while (
    !(await page.goto(dev.url('/what-staff-think/')).then(
      (r) => r?.ok(),
      () => false,
    ))
  ) {
    if (Date.now() > end) throw new Error(`the preview never served the page:\n${dev.log()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await shows(page, 'Of the staff who answered, 94% understand', 'the first page', 120_000);

  // Data: the open page reloads with the new number; a mistake shows with its fix; the next good save clears it.
  book.edit('data/stats.yaml', STAT, '$191\n');
  await shows(page, 'Of the staff who answered, 91% understand', 'the changed stat');
  book.edit('data/stats.yaml', STAT, '$1140\n');
  const line = book.read('data/stats.yaml').split('\n').indexOf('- id: staff-role-awareness') + 2;
  await shows(page, 'is 140, but a percent stat must be between 0 and 100.', 'the data mistake on the page');
  await printed(
    `data/stats.yaml:${line} ("staff-role-awareness", field "value"): is 140, but a percent ` +
      `stat must be between 0 and 100.\n` +
      '  Fix: write the percentage as a number from 0 to 100 (94 for 94%).',
  );
  book.edit('data/stats.yaml', STAT, '$192\n');
  await shows(page, 'Of the staff who answered, 92% understand', 'the page to come back after the data mistake');

  // A chapter: the same, for a saved sentence and a mistyped stat id.
  book.edit(CHAPTER, 'Awareness is high.', 'Awareness is very high.');
  await shows(page, 'Awareness is very high.', 'the saved sentence');
  book.edit(CHAPTER, '<Stat id="staff-role-awareness" />', '<Stat id="staff-role-awarenes" />');
  const at =
    book
      .read(CHAPTER)
      .split('\n')
      .findIndex((l) => l.includes('"staff-role-awarenes"')) + 1;
  await shows(page, 'there is no stat "staff-role-awarenes" in data/stats.yaml.', 'the chapter mistake on the page');
  await printed(
    `${CHAPTER}:${at} ("staff-role-awarenes", field "<Stat id>"): there is no stat ` +
      `"staff-role-awarenes" in data/stats.yaml.\n` +
      '  Fix: check the spelling against data/stats.yaml, or add the stat there with its ' +
      'value, unit, study and sources.',
  );
  book.edit(CHAPTER, '<Stat id="staff-role-awarenes" />', '<Stat id="staff-role-awareness" />');
  await shows(
    page,
    'Awareness is very high. Of the staff who answered, 92% understand',
    'the page to come back after the chapter mistake',
  );
  // A mistake in the frontmatter (the title gone): the page says so until the title is back.
  const title = /^title: .*$/m.exec(book.read(CHAPTER))![0];
  book.edit(CHAPTER, `${title}\n`, '');
  await shows(page, 'The chapter field "title" is missing', 'the frontmatter mistake on the page');
  book.edit(CHAPTER, '---\n', `---\n${title}\n`);
  await shows(page, 'Awareness is very high.', 'the page to come back after the frontmatter mistake');
}, 240_000);

/** The PDF at `path` as the preview serves it now: its status, type and text (all pages, one string). */
async function servedPdf(path: string): Promise<{ status: number; type: string | null; head: string; text: string }> {
  const response = await fetch(dev!.url(path), { signal: AbortSignal.timeout(60_000) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const head = new TextDecoder().decode(bytes.subarray(0, 5));
  if (!response.ok || head !== '%PDF-')
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      head,
      text: new TextDecoder().decode(bytes),
    };
  const pdf = await openPdf(bytes);
  const pages = await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)));
  return { status: response.status, type: response.headers.get('content-type'), head, text: pages.join(' ') };
}

/** Asks for the PDF until `ready` says it is what a save should give (the watcher may see the save a moment later). */
async function pdfUntil(
  path: string,
  ready: (pdf: Awaited<ReturnType<typeof servedPdf>>) => boolean,
  what: string,
  timeout = 60_000,
) {
  const end = Date.now() + timeout;
  for (;;) {
    const pdf = await servedPdf(path).catch(() => undefined);
    if (pdf && ready(pdf)) return pdf;
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}; last answer ${pdf?.status} ${pdf?.type}, the preview ` +
          `printed:\n${dev?.log().slice(-4000)}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

it("serves the book's PDF at its address, typeset again after a save, and says what is wrong with a mistake", async () => {
  const { book } = await preview();
  const path = paths.pdf(loadData(book.root).book.title);
  const first = await pdfUntil(path, (pdf) => pdf.status === 200, "the book's PDF", 120_000);
  expect(first.head).toBe('%PDF-');
  expect(first.type).toBe('application/pdf');

  const sentence = 'The print preview shows this sentence as soon as it is saved.';
  expect(first.text).not.toContain(sentence);
  book.edit(CHAPTER, 'Awareness is', `${sentence} Awareness is`);
  await pdfUntil(path, (pdf) => pdf.status === 200 && pdf.text.includes(sentence), 'the saved sentence in the PDF');

  // A mistake answers with its message (the server lives on); the next good save brings the PDF back.
  book.edit(CHAPTER, sentence, `${sentence} <Stat id="staff-role-awarenes" />`);
  const mistake = await pdfUntil(path, (pdf) => pdf.status === 500, 'the mistake');
  expect(mistake.type).toMatch(/^text\/plain/);
  expect(mistake.text).toContain('there is no stat "staff-role-awarenes" in data/stats.yaml.');
  book.edit(CHAPTER, `${sentence} <Stat id="staff-role-awarenes" />`, 'Back again.');
  expect((await pdfUntil(path, (pdf) => pdf.status === 200, 'the PDF after the mistake')).text).toContain(
    'Back again.',
  );

  // Only the book's own PDFs: another name is Astro's 404.
  expect((await fetch(dev!.url(path.replace(/\.pdf$/, '-no-such-chapter.pdf')))).status).toBe(404);
}, 240_000);

it("serves each chart's data, SVG and PNG and the social cards at their built addresses, from the data as saved", async () => {
  const { book, dev } = await preview();
  const get = async (path: string) => {
    const answer = await fetch(dev.url(path));
    return {
      status: answer.status,
      type: answer.headers.get('content-type'),
      bytes: Buffer.from(await answer.arrayBuffer()),
    };
  };
  const started = Date.now() + 120_000;
  while (
    !(await get('/data/staff-views.png').then(
      (a) => a.status === 200,
      () => false,
    ))
  ) {
    if (Date.now() > started) throw new Error(`the preview never served the chart's PNG:\n${dev.log()}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const png = await get('/data/staff-views.png');
  expect([png.status, png.type, png.bytes.subarray(1, 4).toString()]).toEqual([200, 'image/png', 'PNG']);
  const card = await get('/og/index.png');
  expect([card.status, card.bytes.readUInt32BE(16), card.bytes.readUInt32BE(20)]).toEqual([200, 1200, 630]);
  expect((await get('/data/staff-views.svg')).bytes.toString()).toMatch(/^<svg [^>]*role="img"/);
  expect((await get('/data/no-such-chart.png')).status).toBe(404);

  // A value saved in data/ is in the chart's CSV on the next request.
  const csv = async () => (await get('/data/staff-views.csv')).bytes.toString();
  expect(await csv()).not.toContain('protection,93,percent');
  book.edit('data/stats.yaml', STAT, '$193\n');
  const end = Date.now() + 30_000;
  while (!(await csv()).includes('protection,93,percent')) {
    if (Date.now() > end) throw new Error(`the CSV never showed the saved value:\n${await csv()}`);
    await new Promise((r) => setTimeout(r, 250));
  }

  // A mistake in data/ answers a chart's file with its message, not a stale file. (Saved a moment
  // after the last save: the file watcher reports two saves of one file in quick succession as one.)
  await new Promise((r) => setTimeout(r, 1000));
  book.edit('data/stats.yaml', STAT, '$1140\n');
  const until = Date.now() + 30_000;
  let answer = await get('/data/staff-views.csv');
  while (answer.status !== 500 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    answer = await get('/data/staff-views.csv');
  }
  expect([answer.status, answer.bytes.toString()], dev.log().slice(-3000)).toEqual([
    500,
    expect.stringContaining('a percent stat must be between 0 and 100'),
  ]);
  book.edit('data/stats.yaml', STAT, '$192\n');
}, 240_000);
