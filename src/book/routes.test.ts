import { describe, expect, it } from 'vitest';
import { publicUrl, routePath, siteAddress } from './routes.ts';

describe('siteAddress', () => {
  it('splits a sub-path address into origin and base', () => {
    expect(siteAddress('https://example.org/nhs')).toEqual({
      origin: 'https://example.org',
      base: '/nhs/',
      url: 'https://example.org/nhs/',
    });
  });
  it('gives "/" for a root address', () => {
    expect(siteAddress('https://example.org')).toEqual({
      origin: 'https://example.org',
      base: '/',
      url: 'https://example.org/',
    });
  });
});

describe('public addresses', () => {
  it('strips the base path, whichever base the copy was built for', () => {
    expect(routePath('/funding/', '/')).toBe('funding/');
    expect(routePath('/report/funding/', '/report/')).toBe('funding/');
    expect(routePath('/report/funding/', '/report')).toBe('funding/');
    expect(routePath('/report/', '/report/')).toBe('');
    expect(routePath('/funding/index.html', '/')).toBe('funding/');
  });

  it('puts a route under the book url, keeping its sub-path', () => {
    expect(publicUrl('funding/', 'https://example.org/nhs/')).toBe('https://example.org/nhs/funding/');
    expect(publicUrl('/funding/', 'https://example.org/nhs')).toBe('https://example.org/nhs/funding/');
    expect(publicUrl('', 'https://example.org/nhs/')).toBe('https://example.org/nhs/');
  });
});

describe('robots.txt', async () => {
  const { robotsTxt } = await import('../site/sharing/robots.ts');
  it("lets crawlers read every page and names the sitemap, under the book's sub-path", () => {
    expect(robotsTxt('https://example.org/nhs/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/nhs/sitemap-index.xml\n',
    );
  });
});
