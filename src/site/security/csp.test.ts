import { describe, expect, it } from 'vitest';
import { cspHeader, headersFile } from './csp.ts';

/** The header lines under `pattern` in a _headers text. */
const rule = (text: string, pattern: string) =>
  text
    .split('\n\n')
    .find((block) => block.split('\n').includes(pattern))
    ?.split('\n')
    .slice(1)
    .map((l) => l.trim());

describe('the _headers file', () => {
  it('sends the policy to every page, and lets only embed pages be framed', () => {
    const text = headersFile();
    expect(rule(text, '/*')).toEqual(
      expect.arrayContaining([`Content-Security-Policy: ${cspHeader()}`, 'X-Frame-Options: DENY']),
    );
    expect(rule(text, '/embed/*')).toEqual([
      '! Content-Security-Policy',
      '! X-Frame-Options',
      `Content-Security-Policy: ${cspHeader('embed')}`,
    ]);
  });

  it('marks the hashed /_astro/ files immutable for a year', () => {
    expect(rule(headersFile(), '/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });

  it("puts every path under the site's base path", () => {
    const text = headersFile('/report');
    expect(rule(text, '/report/*')).toBeDefined();
    expect(rule(text, '/report/_astro/*')).toBeDefined();
    expect(text).not.toMatch(/^\/(?!report\/)/m);
  });
});
