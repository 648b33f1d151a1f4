import { describe, expect, it } from 'vitest';
import { siteAddress } from './routes.ts';

describe('siteAddress', () => {
  it('splits a sub-path address into origin and base', () => {
    expect(siteAddress('https://example.org/nhs')).toEqual({ origin: 'https://example.org', base: '/nhs/', url: 'https://example.org/nhs/' });
  });
  it('gives "/" for a root address', () => {
    expect(siteAddress('https://example.org')).toEqual({ origin: 'https://example.org', base: '/', url: 'https://example.org/' });
  });
  it('reads the book being built by default', () => {
    expect(siteAddress().base).toBe('/nhs-cyber-resilience/');
  });
});
