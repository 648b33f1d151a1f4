// Ace by DAISY runs the EPUB checks on Debian's Chromium (tests/epub/read-epub.ts): Puppeteer must not
// download a browser of its own at install time, which fails on a machine without the internet.
module.exports = { skipDownload: true };
