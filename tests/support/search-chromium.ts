/**
 * Chromium for the search and privacy browser tests, through playwright-core and the machine's own
 * browser (no download). Each page opened with `watchedPage` records every request it makes, the
 * bytes of each response, console errors (Content Security Policy violations among them) and uncaught
 * exceptions.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Starts the browser; close it in afterAll. */
export const launchChromium = (): Promise<Browser> => chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** What a page did, as recorded since it opened. */
export interface PageLog {
  /** Every URL requested (documents, scripts, styles, images, fetches, workers). */
  requests: string[];
  /** Console errors and warnings, and uncaught exceptions. */
  errors: string[];
  /** Bytes of each response body received, by URL. */
  bytes: Map<string, number>;
}

/** A fresh context and page whose activity is logged. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog; close(): Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log: PageLog = { requests: [], errors: [], bytes: new Map() };
  // Workers make their own requests: listen on the context to see those too.
  context.on('request', (request) => log.requests.push(request.url()));
  context.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) log.bytes.set(response.url(), body.byteLength);
  });
  page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') log.errors.push(`${message.type()}: ${message.text()}`); });
  page.on('pageerror', (error) => log.errors.push(`exception: ${error.message}`));
  return { page, log, close: () => context.close() };
}

/** Bytes received for URLs whose path matches `kind` (e.g. /\.m?js$/ for JavaScript). */
export const bytesOf = (log: PageLog, kind: RegExp): number =>
  [...log.bytes].filter(([url]) => kind.test(new URL(url).pathname)).reduce((sum, [, n]) => sum + n, 0);

/** JavaScript files (.js, .mjs) and Pagefind's WebAssembly (.pagefind holds compressed wasm). */
export const JS = /\.m?js$/;
export const WASM = /\.(wasm|pagefind)$/;
