/**
 * One Chromium for the whole browser test run (launched by browser-setup.ts, shared over a WebSocket),
 * the display modes every page is checked in, and a tab per mode that test files reuse page after page.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { installHelpers } from './a11y/in-page.ts';

/** The ways a reader may see a page. */
export const MODES = {
  light: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  dark: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  /** 320 CSS px: a small phone, or a 1280 px window at 400% zoom (WCAG 1.4.10). */
  narrow: { viewport: { width: 320, height: 640 }, colorScheme: 'light' },
  /** Windows High Contrast and similar: the browser replaces the page's colours with system colours. */
  forced: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark', forcedColors: 'active' },
  /** A short window: 1280 × 720 at 125% zoom, or a laptop with toolbars; sticky parts must still fit. */
  short: { viewport: { width: 1024, height: 450 }, colorScheme: 'light' },
  noJs: { viewport: { width: 1280, height: 800 }, colorScheme: 'light', javaScriptEnabled: false },
} satisfies Record<string, BrowserContextOptions>;
export type Mode = keyof typeof MODES;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint. */
    browserEndpoint: string;
    /** The built site's origin and base path, e.g. http://127.0.0.1:4321/ */
    siteOrigin: string;
  }
}

let shared: Promise<Browser> | undefined;
/** The run's one Chromium (connected once per test file). */
export const browser = (): Promise<Browser> => (shared ??= chromium.connect(inject('browserEndpoint')));

/** A tab in `mode`, reused for every page a test file visits. */
export interface ModeTab {
  mode: Mode;
  page: Page;
  /**
   * Opens `address`, waits for it to load (and, if `ready` is given, for that selector to appear:
   * content a script adds) and installs the in-page helpers.
   */
  visit(address: string, ready?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Opens a tab in a fresh context of `mode`. */
export async function openTab(mode: Mode, extra: BrowserContextOptions = {}): Promise<ModeTab> {
  const context = await (await browser()).newContext({ ...MODES[mode], ...extra });
  const page = await context.newPage();
  return {
    mode,
    page,
    async visit(address, ready) {
      const response = await page.goto(address, { waitUntil: 'load' });
      if (!response?.ok() && !address.endsWith('404.html'))
        throw new Error(`${address} answered ${response?.status()}`);
      if (ready) await page.waitForSelector(ready, { timeout: 20_000 });
      await page.evaluate(installHelpers);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * Tabs of one mode shared by a file's concurrent tests: `use` lends a tab no other test holds, opening
 * up to `size` of them. Two tabs a mode keep both cores of a CI machine busy while one tab waits on
 * the test runner. Tests that need two modes at once must take them in the same order (light first).
 */
export interface TabPool {
  use<T>(work: (tab: ModeTab) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A pool of up to `size` tabs in `mode` (see TabPool). */
export function tabPool(mode: Mode, size = 2): TabPool {
  const all: Promise<ModeTab>[] = [];
  const free: ModeTab[] = [];
  const waiting: ((tab: ModeTab) => void)[] = [];
  const take = (): Promise<ModeTab> => {
    const tab = free.pop();
    if (tab) return Promise.resolve(tab);
    if (all.length < size) {
      const opened = openTab(mode);
      all.push(opened);
      return opened;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const give = (tab: ModeTab) => {
    const next = waiting.shift();
    if (next) next(tab);
    else free.push(tab);
  };
  return {
    async use(work) {
      const tab = await take();
      try {
        return await work(tab);
      } finally {
        give(tab);
      }
    },
    async close() {
      await Promise.all(all.map(async (tab) => (await tab).close()));
    },
  };
}
