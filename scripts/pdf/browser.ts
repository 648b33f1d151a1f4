/**
 * Chromium for the PDF step: CHROME_PATH, else Debian's /usr/bin/chromium. Without one, the build stops
 * with one line saying how to get one, not a stack trace.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a quiet, offline, reproducible headless browser. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--font-render-hinting=none'];

/** A failure the build reports in one line (no stack), with the way out. */
export class PdfStepError extends Error {
  override name = 'PdfStepError';
}

/** The browser binary to use. */
export const browserPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

const HOW_TO_GET_ONE = 'install Debian\'s (sudo apt-get install chromium, or run bash scripts/book.sh build, which does it) '
  + 'or set CHROME_PATH to a Chrome or Chromium binary';

/** Starts headless Chromium, or throws a PdfStepError that says how to get one. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = browserPath();
  if (!existsSync(executablePath)) {
    throw new PdfStepError(`no Chromium at ${executablePath}, so no PDF can be made: ${HOW_TO_GET_ONE}.`);
  }
  try {
    return await chromium.launch({ executablePath, args: ARGS });
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new PdfStepError(`Chromium at ${executablePath} would not start (${first}): ${HOW_TO_GET_ONE}.`);
  }
}
