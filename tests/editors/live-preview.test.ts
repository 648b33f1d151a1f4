/**
 * The live preview (`npm run dev`) as an editor uses it, in Chromium: save a change to data/ or a chapter
 * and the open page shows it; save a mistake and the terminal and the page (Astro's error overlay) say
 * what to fix; correct it and the page comes back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, it } from 'vitest';
import { launchBrowser } from '../../scripts/pdf/browser.ts';
import { startDev, type DevServer } from './dev-server.ts';
import { projectCopy, type ProjectCopy } from './project-copy.ts';

let book: ProjectCopy | undefined;
let dev: DevServer | undefined;
let browser: Browser | undefined;
afterAll(async () => {
  await browser?.close();
  dev?.stop();
  book?.remove();
});

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
    if (Date.now() > end) throw new Error(`the terminal never printed:\n${message}\nit printed:\n${dev!.log().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it('shows a saved change, reports a mistake with its fix, and recovers once it is corrected', async () => {
  book = projectCopy();
  dev = await startDev(book.root);
  browser = await launchBrowser();
  const page = await browser.newPage();
  const end = Date.now() + 120_000;
  while (!(await page.goto(dev.url('/what-staff-think/')).then((r) => r?.ok(), () => false))) {
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
  await printed(`data/stats.yaml:${line} ("staff-role-awareness", field "value"): is 140, but a percent stat must be between 0 and 100.\n`
    + '  Fix: write the percentage as a number from 0 to 100 (94 for 94%).');
  book.edit('data/stats.yaml', STAT, '$192\n');
  await shows(page, 'Of the staff who answered, 92% understand', 'the page to come back after the data mistake');

  // A chapter: the same, for a saved sentence and a mistyped stat id.
  book.edit(CHAPTER, 'Awareness is not the problem.', 'Awareness is not the issue.');
  await shows(page, 'Awareness is not the issue.', 'the saved sentence');
  book.edit(CHAPTER, '<Stat id="staff-role-awareness" />', '<Stat id="staff-role-awarenes" />');
  const at = book.read(CHAPTER).split('\n').findIndex((l) => l.includes('"staff-role-awarenes"')) + 1;
  await shows(page, 'there is no stat "staff-role-awarenes" in data/stats.yaml.', 'the chapter mistake on the page');
  await printed(`${CHAPTER}:${at} ("staff-role-awarenes", field "<Stat id>"): there is no stat "staff-role-awarenes" in data/stats.yaml.\n`
    + '  Fix: check the spelling against data/stats.yaml, or add the stat there with its value, unit, study and sources.');
  book.edit(CHAPTER, '<Stat id="staff-role-awarenes" />', '<Stat id="staff-role-awareness" />');
  await shows(page, 'Awareness is not the issue. Of the staff who answered, 92% understand', 'the page to come back after the chapter mistake');
}, 240_000);
