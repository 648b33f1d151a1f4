/**
 * Printing the PDFs the cache does not hold: one browser, and two workers that each reuse one tab (a
 * context and its page) for every PDF they print; a fresh context per PDF cost 0.44 s each and gave
 * the same bytes. Each PDF is finished, kept in the cache and written into the site.
 */
import { availableParallelism } from 'node:os';
import { launchBrowser } from './browser.ts';
import { printWithContents } from './contents-pages.ts';
import { finishPdf } from './finish.ts';
import type { CachedFacts, PdfCache } from './pdf-cache.ts';
import { loadPrintPage, openPrintTab, readFacts } from './print-page.ts';
import type { Paper } from './papers.ts';
import { serveSite } from './serve.ts';

export interface PrintJobs {
  dist: string;
  base: string;
  paper: Paper;
  /** Each print page's path under the site root (e.g. "print/funding/") and its cache key. */
  jobs: { path: string; key: string }[];
  cache: PdfCache;
  log: (line: string) => void;
  write: (bytes: Uint8Array, facts: CachedFacts) => void;
}

/** Prints `jobs` with one browser, two workers, each reusing one tab (context and page) for all its PDFs. */
export async function printAll({ dist, base, paper, jobs, cache, log, write }: PrintJobs): Promise<void> {
  const server = await serveSite(dist, { base });
  const browser = await launchBrowser().catch(async (error: unknown) => { await server.close(); throw error; });
  const queue = [...jobs];
  // Two pages print at once: Chromium lays out one while Node finishes the other.
  const worker = async () => {
    const tab = await openPrintTab(browser, server.root);
    for (let job = queue.shift(); job; job = queue.shift()) {
      await loadPrintPage(tab, server.root, server.root + job.path, paper);
      const facts = await readFacts(tab);
      const printed = await printWithContents(tab, cache.contentsPages());
      if (Object.keys(printed.landed).length > 0) {
        cache.saveContentsPages(printed.landed);
        if (printed.renders > 1) log(`${facts.pdf}: ${printed.renders} prints to learn the contents' page numbers`);
      }
      const { bytes, pages } = await finishPdf(printed.bytes, facts);
      cache.put(job.key, bytes, { pdf: facts.pdf, pages });
      write(bytes, { pdf: facts.pdf, pages });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(2, availableParallelism(), jobs.length) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
}

