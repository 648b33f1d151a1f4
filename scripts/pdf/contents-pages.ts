/**
 * The contents page's numbers. Chromium has no target-counter(), so the numbers are written in before
 * printing and checked after: pdf.js reads where each chapter's anchor landed. The first print uses
 * the pages the chapters landed on last time (the PDF cache keeps them), so when the chapters have not
 * moved the book is printed once; otherwise the landed numbers are written in and it prints again,
 * until the numbers printed are the pages the chapters start on. The contents reserve two tabular
 * digits a number (print CSS), so writing the numbers in never moves a chapter. With no guess at all
 * (a first build), the first print is a draft, untagged, only to learn where the chapters land.
 */
import type { Page } from 'playwright-core';
import { PdfStepError } from './browser.ts';
import { printPdf } from './print-page.ts';
import { destinationPage, openPdf } from './read-pdf.ts';

const MAX_RENDERS = 4;

/** Where each contents entry's target (an element id) starts: id → page number. */
export type ContentsPages = Record<string, number>;

/** A print, how many renders it took, and where the contents' targets landed (empty with no contents). */
export interface ContentsPrint { bytes: Uint8Array; renders: number; landed: ContentsPages }

/**
 * Prints the page, with real page numbers in its contents if it has one (`[data-toc-page]`), starting
 * from `guess` (numbers from an earlier build) where it names a target.
 */
export async function printWithContents(page: Page, guess: ContentsPages = {}): Promise<ContentsPrint> {
  const targets = await page.$$eval('[data-toc-page]', (els) => els.map((el) => (el as HTMLElement).dataset.tocPage!));
  let shown = targets.map((id) => guess[id]);
  const guessed = shown.every((n) => n !== undefined);
  if (guessed) await writeNumbers(page, shown);
  for (let renders = 1; ; renders++) {
    const bytes = await printPdf(page, { draft: renders === 1 && !guessed });
    if (targets.length === 0) return { bytes, renders, landed: {} };
    const landed = await landingPages(bytes, targets);
    if (landed.every((n, i) => n === shown[i])) return { bytes, renders, landed: Object.fromEntries(targets.map((id, i) => [id, landed[i]!])) };
    if (renders === MAX_RENDERS) throw new PdfStepError(`the contents' page numbers did not settle after ${renders} renders.`);
    await writeNumbers(page, landed);
    shown = landed;
  }
}

const writeNumbers = (page: Page, numbers: (number | undefined)[]) =>
  page.$$eval('[data-toc-page]', (els, numbers) => els.forEach((el, i) => { el.textContent = String(numbers[i]); }), numbers);

/** The page each named destination (an element id that a link points to) landed on. */
async function landingPages(bytes: Uint8Array, targets: string[]): Promise<number[]> {
  const doc = await openPdf(bytes);
  try {
    return await Promise.all(targets.map(async (id) => {
      const n = await destinationPage(doc, id);
      if (n === undefined) throw new PdfStepError(`the contents link to #${id} has no destination in the PDF.`);
      return n;
    }));
  } finally {
    await doc.loadingTask.destroy();
  }
}
