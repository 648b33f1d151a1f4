/** Where Chromium is and how to start it: Debian's package (or CHROME_PATH); no browser download works here. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Quiet, offline, CI-safe flags. */
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
