/**
 * Printing one print page to PDF bytes with Chromium: tagged and with an outline, on the chosen paper,
 * and reading from the page the facts the post-processing needs (metadata, headings, link texts).
 */
import type { Browser, Page } from 'playwright-core';
import { PAPERS, type Paper } from './papers.ts';
import { paintSpacesAtWraps } from './spaces.ts';

/** What the page says about itself (its head), and what the PDF's outline and links should read. */
export interface PageFacts {
  title: string;
  lang: string;
  description: string;
  author: string;
  /** The edition's date, YYYY-MM-DD, from data/book.yaml: the PDF's dates, so builds repeat exactly. */
  date: string;
  /** Where the PDF goes, relative to the site root. */
  pdf: string;
  /** Every heading a reader sees, in order, its text with white space collapsed: the outline's titles. */
  headings: string[];
  /** For each link target: the words a link to it should be announced with. */
  linkText: Record<string, string>;
}

/**
 * A tab for printing, reused for one print page after another: one context (with `bypassCSP`: the paper
 * size below is an inline style the site's CSP forbids, added by this trusted build step) refusing
 * any request to another origin than the site's.
 */
export async function openPrintTab(browser: Browser, root: string): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true });
  const origin = new URL(root).origin;
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
  return context.newPage();
}

/**
 * Loads the print page at `url` (the site's root is `root`) into a print tab, on the chosen paper,
 * with its links made to work on paper (see localiseLinks). A tab that already holds one of the site's
 * pages swaps the new one in (see swapIn); a fresh tab navigates to it.
 */
export async function loadPrintPage(page: Page, root: string, url: string, paper: Paper): Promise<void> {
  if (!page.url().startsWith(root) || !await swapIn(page, url)) {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  }
  const { size, width, height } = PAPERS[paper];
  await page.addStyleTag({ content: `@page { size: ${size}; } :root { --paper-width: ${width}; --paper-height: ${height}; }` });
  await page.evaluate(() => document.fonts.ready);
  await localiseLinks(page, root);
  await nameChartsWithValues(page);
  await paintSpacesAtWraps(page);
}

/**
 * Puts the page at `url` in place of the tab's document, as a navigation would, but keeping what the
 * tab has already loaded: the head's stylesheets that the two pages share stay where they are, so their
 * fonts are not loaded again (a stylesheet loaded afresh makes new font faces, and the PDF then embeds
 * each font twice). A chapter loads in about 40 ms instead of 140, and prints the same bytes (measured
 * on all 15 chapters and on 101 PDFs of a synthetic book). Returns false, leaving the page to a
 * navigation, where a swap could give another document than a navigation would: either page has scripts
 * (or <noscript>, which a swap would show), the address redirects, the new page has media the swap would
 * not wait for, or the shared stylesheets come in another order.
 */
function swapIn(page: Page, url: string): Promise<boolean> {
  return page.evaluate(async ({ url, timeout }) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    if (response.redirected || document.querySelector('script, noscript')
      || next.querySelector('script, noscript, img, picture, video, audio, iframe, object, embed, image')) return false;
    const head = document.head;
    const old = [...head.children];
    // Each element of the new head, or the old one equal to it (kept in place), in the new head's order.
    const merged = [...next.head.children].map((el) => {
      const twin = old.find((o) => o.isEqualNode(el));
      if (twin) old.splice(old.indexOf(twin), 1);
      return twin ?? document.adoptNode(el);
    });
    const kept = merged.filter((el) => el.parentNode === head);
    if (kept.some((el, i) => i > 0 && kept[i - 1]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)) return false;
    history.replaceState(null, '', url);
    for (const el of old) el.remove();
    const added = merged.filter((el) => el.parentNode !== head);
    merged.forEach((el, i) => { if (added.includes(el)) (i === 0 ? head.prepend(el) : merged[i - 1]!.after(el)); });
    for (const [from, to] of [[next.documentElement, document.documentElement], [next.head, head]] as const) {
      for (const { name } of [...to.attributes]) if (!from.hasAttribute(name)) to.removeAttribute(name);
      for (const { name, value } of from.attributes) to.setAttribute(name, value);
    }
    document.body.replaceWith(document.adoptNode(next.body));
    // The stylesheets new to this page load now (from the browser's cache, mostly).
    const loading = added.filter((el) => el instanceof HTMLLinkElement && el.rel === 'stylesheet' && !el.sheet);
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      Promise.all(loading.map((el) => new Promise((done) => {
        el.addEventListener('load', done, { once: true });
        el.addEventListener('error', done, { once: true });
      }))),
      new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`${url}: its stylesheets did not load in ${timeout} ms`)), timeout); }),
    ]);
    clearTimeout(timer);
    return true;
  }, { url, timeout: 30_000 });
}

/**
 * A chart's Figure in a PDF has only its alternative text: no description a reader can move to, and no
 * data table (print.css leaves it out). So each chart is named by its title and its description, which
 * reads out every value, and Chromium writes that as the Figure's /Alt.
 */
function nameChartsWithValues(page: Page): Promise<void> {
  return page.evaluate(() => {
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const [title, desc] = ['title', 'desc'].map((tag) => svg.querySelector(tag)?.textContent?.trim() ?? '');
      if (!desc) continue;
      svg.removeAttribute('aria-labelledby');
      svg.removeAttribute('aria-describedby');
      svg.setAttribute('aria-label', `${title}. ${desc}`);
    }
  });
}

/**
 * Links between pages of the site would point at the build's local server. A link to a chapter this
 * document holds becomes a link within it (`#chapter-<id>`); any other becomes a link to the published
 * site (`site-url` in the head), which print.css then prints after the link text.
 */
function localiseLinks(page: Page, root: string): Promise<void> {
  return page.evaluate((root) => {
    const site = document.querySelector('meta[name="site-url"]')?.getAttribute('content') ?? '';
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (a.getAttribute('href')!.startsWith('#') || !a.href.startsWith(root)) continue;
      // A chapter's print page sits one folder deeper (print/<id>/) than its web page: a relative link
      // such as ../funding/ resolves to print/funding/, which is the web page funding/.
      const path = a.href.slice(root.length).replace(/^print\//, '');
      const chapter = document.getElementById(`chapter-${path.split(/[/#?]/)[0]}`);
      a.setAttribute('href', chapter && path ? `#${chapter.id}` : new URL(path, site).href);
    }
  }, root);
}

/** Reads the page's metadata, headings and link texts. */
export function readFacts(page: Page): Promise<PageFacts> {
  return page.evaluate(() => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const meta = (name: string) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.checkVisibility())
      .map(text);
    const linkText: Record<string, string> = {};
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) {
        const target = document.getElementById(href.slice(1));
        linkText[href.slice(1)] ??= `Go to ${text(target?.querySelector('h1, h2, h3, h4') ?? target)}`;
      } else {
        linkText[a.href] ??= `${text(a)}: ${a.href}`;
      }
    }
    return {
      title: document.title, lang: document.documentElement.lang, description: meta('description'),
      author: meta('author'), date: meta('dcterms.date'), pdf: meta('pdf-file'), headings, linkText,
    };
  });
}

/**
 * Prints the page as it stands: tagged, with an outline, the paper size from CSS. A `draft` (only to
 * learn where things land) skips the tags and outline, which cost a third of the print's time.
 */
export async function printPdf(page: Page, { draft = false } = {}): Promise<Uint8Array> {
  return page.pdf({ tagged: !draft, outline: !draft, preferCSSPageSize: true, printBackground: true });
}
