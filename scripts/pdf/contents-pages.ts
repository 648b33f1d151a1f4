/**
 * The contents page's numbers. Chromium has no target-counter(), so: print once, read with pdf.js where
 * each chapter's anchor landed, write those numbers into the contents and print again, until the
 * numbers printed are the pages the chapters start on (twice, unless the numbers reflow the contents).
 */
import type { Page } from 'playwright-core';
import { PdfStepError } from './browser.ts';
import { printPdf } from './print-page.ts';
import { destinationPage, openPdf } from './read-pdf.ts';

const MAX_RENDERS = 4;

/** Prints the page, with real page numbers in its contents if it has one (`[data-toc-page]`). */
export async function printWithContents(page: Page): Promise<Uint8Array> {
  const targets = await page.$$eval('[data-toc-page]', (els) => els.map((el) => (el as HTMLElement).dataset.tocPage!));
  let bytes = await printPdf(page);
  for (let render = 1; targets.length > 0; render++) {
    const landed = await landingPages(bytes, targets);
    const shown = await page.$$eval('[data-toc-page]', (els) => els.map((el) => el.textContent));
    if (landed.every((n, i) => String(n) === shown[i])) break;
    if (render === MAX_RENDERS) throw new PdfStepError(`the contents' page numbers did not settle after ${render} renders.`);
    await page.$$eval('[data-toc-page]', (els, numbers) => els.forEach((el, i) => { el.textContent = String(numbers[i]); }), landed);
    bytes = await printPdf(page);
  }
  return bytes;
}

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
