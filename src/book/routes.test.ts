import { describe, expect, it } from 'vitest';
import { paths, publicUrl, routePath, siteAddress, slugify } from './routes.ts';

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

describe("the editions' file names", () => {
  it('names the book PDF and the EPUB after the title', () => {
    expect(paths.pdf('Building Cyber Resilient Healthcare')).toBe('pdf/building-cyber-resilient-healthcare.pdf');
    expect(paths.epub('Building Cyber Resilient Healthcare')).toBe('epub/building-cyber-resilient-healthcare.epub');
  });

  it('names a chapter PDF after the book and the chapter', () => {
    expect(paths.pdf('Building Cyber Resilient Healthcare', 'funding')).toBe(
      'pdf/building-cyber-resilient-healthcare-funding.pdf',
    );
  });

  it('keeps only plain letters and digits', () => {
    expect(slugify('  Cyber & the NHS: Café’s “2025” report! ')).toBe('cyber-the-nhs-cafe-s-2025-report');
  });
});
