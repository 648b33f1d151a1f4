/**
 * One Vitest run, several kinds of test (the kind is in the folder, as GOV.UK puts it in the file name):
 * unit tests beside the code in src/, and whole-site checks under tests/ that share one build. The
 * editors' kind also runs the real build on copies of the project, one mistake each.
 */
import { defineConfig } from 'vitest/config';

const wholeSite = (name: string, timeout: number, setup: string[] = []) => ({
  test: {
    name,
    include: [`tests/${name}/**/*.test.ts`],
    globalSetup: ['tests/support/build-once.ts', ...setup],
    testTimeout: timeout,
    hookTimeout: 180_000,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/support/**/*.test.ts'] } },
      wholeSite('build', 30_000),
      wholeSite('pdf', 180_000),
      // The eBook: epubcheck and Ace by DAISY (slow: two at a time), axe on its chapters in Chromium, its page-list.
      { test: { ...wholeSite('epub', 300_000).test, maxConcurrency: 2 } },
      // Each catalogue case builds its own copy of the project, so this kind does not wait for the shared
      // build. Its files mostly wait on those builds: run them side by side, two cases at a time in each.
      {
        test: {
          name: 'editors',
          include: ['tests/editors/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxConcurrency: 2,
          maxWorkers: 3,
        },
      },
      // Search, privacy and CSP in Chromium (helpers: tests/support/search-*.ts).
      wholeSite('browser-search', 60_000),
      // Two pages at a time a file (tests/support/browser.ts lends each a tab of its own): a test's
      // time is then its own work, not a wait for a tab.
      { test: { ...wholeSite('browser', 60_000, ['tests/support/browser-setup.ts']).test, maxConcurrency: 2 } },
      // A second book built end to end, budgets, reproducibility, and an engine that names no book.
      wholeSite('generator', 120_000),
    ],
  },
});
