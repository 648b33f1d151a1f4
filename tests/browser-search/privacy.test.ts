/**
 * Privacy and security in the browser: every built page, and search in use, requests nothing from
 * another origin, sets no cookie, and runs under its Content Security Policy (the page's meta policy
 * and the _headers policy together) with nothing refused and no error in the console.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/site.ts';
import { hostedInBrowser } from '../support/hosted-site.ts';
import { watchedPage, type PageLog } from '../support/watched-page.ts';

const hosted = hostedInBrowser();

// The 404 page is seen as a host serves it: for an address that does not exist.
const routes = builtPages().map((path) =>
  path === '404.html' ? '/no-such-page/' : `/${path.replace(/index\.html$/, '')}`,
);
const foreign = (log: PageLog) =>
  log.requests.filter((url) => !url.startsWith(`${hosted.site.origin}/`) && !/^(data|blob):/.test(url));

describe('every page', () => {
  it.each(routes)('%s: no request to another origin, no cookie, no CSP violation or console error', async (route) => {
    const { page, log, close } = await watchedPage(hosted.browser);
    const response = await page.goto(`${hosted.site.root}${route.slice(1)}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(route === '/no-such-page/' ? 404 : 200);
    // Only a figure's embed page may be framed by another site (public/_headers).
    expect(response?.headers()['content-security-policy']).toContain(
      route.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'",
    );
    expect(foreign(log)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The 404 page's own status is logged once as a failed load: that one is expected, nothing else.
    const errors = [...log.errors];
    if (route === '/no-such-page/')
      errors.splice(
        errors.findIndex((e) => /status of 404/.test(e)),
        1,
      );
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search in use', () => {
  it('loads Pagefind, its worker and index from this origin only, under the CSP, setting no cookie', async () => {
    const { page, log, close } = await watchedPage(hosted.browser);
    await page.goto(`${hosted.site.root}search/?q=survey`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/match|No results/);
    await page.getByLabel('Search the chapters').fill('staff');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('staff');
    await page.waitForLoadState('networkidle');
    expect(log.requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(2);
    expect(foreign(log)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(log.errors).toEqual([]);
    await close();
  });

  it('a policy violation would be caught: an inline style is refused and reported', async () => {
    const { page, log, close } = await watchedPage(hosted.browser);
    await page.goto(`${hosted.site.root}search/`);
    const colour = await page.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = 'h1 { color: rgb(255, 0, 0) }';
      document.head.append(s);
      return getComputedStyle(document.querySelector('h1')!).color;
    });
    expect(colour).not.toBe('rgb(255, 0, 0)');
    await expect.poll(() => log.violations.join('\n')).toMatch(/^style-src(-elem)? blocked inline/);
    await close();
  });

  it('a policy violation would be caught: an inline script is refused and reported', async () => {
    const { page, log, close } = await watchedPage(hosted.browser);
    await page.goto(`${hosted.site.root}search/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.ran = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    await expect.poll(() => log.errors.join('\n')).toMatch(/Content Security Policy/);
    await expect.poll(() => log.violations.join('\n')).toMatch(/^script-src(-elem)? blocked inline/);
    await close();
  });
});
