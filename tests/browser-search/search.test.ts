/**
 * Search as a reader uses it, in Chromium against the built site: reach it from a chapter by keyboard,
 * type, hear the count, follow a result. Also: Pagefind loads only once search is used, never on other
 * pages, and the page without JavaScript still leads to every chapter.
 */
import { describe, expect, it } from 'vitest';
import { BASE, page as builtPage, pageForHref } from '../support/site.ts';
import { hostedInBrowser } from '../support/hosted-site.ts';
import { bytesOf, JS, WASM, watchedPage } from '../support/watched-page.ts';

const hosted = hostedInBrowser();

const chapterHrefs = builtPage('index.html')
  .querySelectorAll('.contents a')
  .map((a) => a.getAttribute('href')!);
const firstChapter = chapterHrefs[0]!;

/** The chapter a query must find first once it exists, else any chapter whose text has the word. */
function expectedFor(word: string, chapterId: string): string[] {
  if (chapterHrefs.includes(`${BASE}${chapterId}/`)) return [`${BASE}${chapterId}/`];
  return chapterHrefs.filter((href) => {
    const article = builtPage(pageForHref(href)!).querySelector('[data-pagefind-body] .prose');
    return new RegExp(`\\b${word}`, 'i').test(article?.text ?? '');
  });
}

async function search(query: string) {
  const tab = await watchedPage(hosted.browser);
  await tab.page.goto(`${hosted.site.root}search/`);
  await tab.page.getByLabel('Search the chapters').fill(query);
  await expect
    .poll(() => tab.page.locator('[role="status"]').textContent(), { timeout: 15_000 })
    .toMatch(/match|No results/);
  return tab;
}

describe('search', () => {
  it('is reached from a chapter by keyboard, finds a chapter, and opens it by keyboard', async () => {
    const { page, log, close } = await watchedPage(hosted.browser);
    await page.goto(new URL(firstChapter, hosted.site.origin).href);
    const searchLink = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' });
    for (let i = 0; i < 10 && !(await searchLink.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/$/);
    await page.keyboard.press('Tab'); // skip link
    const input = page.getByRole('searchbox', { name: 'Search the chapters' });
    for (let i = 0; i < 10 && !(await input.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.type('training');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/match/);
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    expect(await results.count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the first result
    const first = await results.first().getAttribute('href');
    expect(await results.first().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === first);
    expect(chapterHrefs).toContain(new URL(page.url()).pathname);
    expect(log.errors).toEqual([]);
    await close();
  });

  it.each([
    ['training', 'training'],
    ['legacy', 'legacy-systems'],
  ])('"%s" finds the right chapter first (%s once it exists)', async (query, chapterId) => {
    const { page, close } = await search(query);
    const hrefs = await page
      .locator('.search-result__link')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const expected = expectedFor(query, chapterId);
    if (expected.length === 0) {
      expect(await page.getByRole('status').textContent()).toContain(`No results for “${query}”`);
    } else {
      expect(expected).toContain(hrefs[0]);
      expect(await page.getByRole('status').textContent()).toContain(
        `${hrefs.length === 1 ? '1 chapter matches' : `${hrefs.length} chapters match`} “${query}”`,
      );
      await expect
        .poll(() => page.locator('.search-result__excerpt mark').first().textContent())
        .toMatch(new RegExp(query, 'i'));
    }
    await close();
  });

  it.each(['techreport', 'spreadsheets'])(
    'does not find "%s" from the back matter\'s citation and download blocks',
    async (word) => {
      // The words are on the built pages (so the test can fail), but only inside the blocks search skips.
      expect(
        ['about-this-report', 'sources-and-methods'].some((id) => builtPage(`${id}/index.html`).text.includes(word)),
      ).toBe(true);
      const { page, close } = await search(word);
      expect(await page.getByRole('status').textContent()).toContain(`No results for “${word}”`);
      await close();
    },
  );

  it('gives results as a list of links with excerpts, announced in a polite live region', async () => {
    const { page, close } = await search('survey');
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    const items = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().getByRole('link').count()).toBe(1);
    expect((await items.first().locator('.search-result__excerpt').textContent())?.length).toBeGreaterThan(20);
    expect(new URL(page.url()).searchParams.get('q')).toBe('survey');
    await close();
  });

  it('loads Pagefind only when search is used, and never on a chapter page', async () => {
    const chapter = await watchedPage(hosted.browser);
    await chapter.page.goto(new URL(firstChapter, hosted.site.origin).href);
    expect(chapter.log.requests.filter((url) => JS.test(new URL(url).pathname) || url.includes('/pagefind/'))).toEqual(
      [],
    );
    await chapter.close();

    const tab = await watchedPage(hosted.browser);
    await tab.page.goto(`${hosted.site.root}search/`);
    await tab.page.waitForLoadState('networkidle');
    expect(tab.log.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    const pageScript = bytesOf(tab.log, JS);
    await tab.page.getByLabel('Search the chapters').fill('training');
    await expect.poll(() => tab.page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/match/);
    expect(tab.log.requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const js = bytesOf(tab.log, JS);
    const wasm = bytesOf(tab.log, WASM);
    console.log(
      `JS bytes: chapter page 0; search page ${pageScript} before typing; ${js} JS + ${wasm} ` +
        `WebAssembly after a search`,
    );
    expect(pageScript).toBeLessThan(8_000);
    expect(js + wasm).toBeLessThan(200_000);
    await tab.close();
  });

  it('without JavaScript, says search needs it and lists every chapter', async () => {
    const { page, close } = await watchedPage(hosted.browser, { javaScriptEnabled: false });
    await page.goto(`${hosted.site.root}search/`);
    await expect.poll(() => page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(0); // the form stays hidden: it could do nothing
    // What search finds and the way to the contents read the same as with JavaScript.
    expect(await page.getByText('Search finds words in every chapter').isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('link', { name: 'browse the contents' }).getAttribute('href')).toBe(
      `${BASE}#contents`,
    );
    const links = await page.locator('main .contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(chapterHrefs);
    await close();
  });
});
