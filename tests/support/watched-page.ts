/**
 * Pages that record what they do, for the search and privacy browser tests (the browser itself comes from the
 * project's one launcher, tests/support/browser-launch.ts). Each page opened with `watchedPage` records every
 * request it makes, the bytes of each response, console errors, uncaught exceptions and every Content Security
 * Policy violation the page reports.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** What a page did, as recorded since it opened. */
export interface PageLog {
  /** Every URL requested (documents, scripts, styles, images, fetches, workers). */
  requests: string[];
  /** Console errors and warnings, uncaught exceptions, and CSP violations (also in `violations`). */
  errors: string[];
  /** Each `securitypolicyviolation` event: "<directive> blocked <what> at <file>:<line>". */
  violations: string[];
  /** Bytes of each response body received, by URL. */
  bytes: Map<string, number>;
}

/** A fresh context and page whose activity is logged. */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog; close(): Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log: PageLog = { requests: [], errors: [], violations: [], bytes: new Map() };
  // The browser's own violation events, not just its console wording: init scripts and bindings go
  // through the DevTools protocol, so the page's CSP does not block the listener itself.
  await context.exposeFunction('__reportCspViolation', (text: string) => {
    log.violations.push(text);
    log.errors.push(`csp: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} at ` +
          `${e.sourceFile || e.documentURI}:${e.lineNumber}`,
      );
    });
  });
  // Workers make their own requests: listen on the context to see those too.
  context.on('request', (request) => log.requests.push(request.url()));
  context.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) log.bytes.set(response.url(), body.byteLength);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log.errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`exception: ${error.message}`));
  return { page, log, close: () => context.close() };
}

/** Bytes received for URLs whose path matches `kind` (e.g. /\.m?js$/ for JavaScript). */
export const bytesOf = (log: PageLog, kind: RegExp): number =>
  [...log.bytes].filter(([url]) => kind.test(new URL(url).pathname)).reduce((sum, [, n]) => sum + n, 0);

/** JavaScript files (.js, .mjs) and Pagefind's WebAssembly (.pagefind holds compressed wasm). */
export const JS = /\.m?js$/;
export const WASM = /\.(wasm|pagefind)$/;
