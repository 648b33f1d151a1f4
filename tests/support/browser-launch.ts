/**
 * The one way the tests start Chromium (the build itself needs none): CHROME_PATH, else Debian's
 * /usr/bin/chromium, with one set of flags. Without a browser, the test gets one line saying how to
 * get one, not a stack trace.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserServer, LaunchOptions } from 'playwright-core';

/** Flags for a quiet, offline, reproducible headless browser (hinting off: the same glyph advances everywhere). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

/** No usable browser: one line, with the way out. */
export class NoBrowserError extends Error {
  override name = 'NoBrowserError';
}

/** The browser binary to use. */
export const browserPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

const HOW_TO_GET_ONE =
  "install Debian's (sudo apt-get install chromium, or run bash scripts/book.sh build, which does it) " +
  'or set CHROME_PATH to a Chrome or Chromium binary';

/** Extra settings a caller may need (more flags, e.g. for a test); the project's flags always come first. */
export interface LaunchExtras {
  args?: string[];
}

function launchOptions(extras: LaunchExtras): LaunchOptions {
  const executablePath = browserPath();
  if (!existsSync(executablePath)) {
    throw new NoBrowserError(`no Chromium at ${executablePath}, so the browser tests cannot run: ${HOW_TO_GET_ONE}.`);
  }
  return { executablePath, args: [...CHROME_ARGS, ...(extras.args ?? [])] };
}

const explain = (error: unknown): NoBrowserError =>
  new NoBrowserError(
    `Chromium at ${browserPath()} would not start ` +
      `(${String((error as Error).message).split('\n')[0]}): ${HOW_TO_GET_ONE}.`,
  );

/** Starts headless Chromium, or throws a NoBrowserError that says how to get one. */
export async function launchBrowser(extras: LaunchExtras = {}): Promise<Browser> {
  const options = launchOptions(extras);
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch(options);
  } catch (error) {
    throw explain(error);
  }
}

/** Starts headless Chromium that other processes connect to over a WebSocket (the browser tests' one browser). */
export async function launchBrowserServer(extras: LaunchExtras = {}): Promise<BrowserServer> {
  const options = launchOptions(extras);
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launchServer({ ...options, host: '127.0.0.1' });
  } catch (error) {
    throw explain(error);
  }
}
