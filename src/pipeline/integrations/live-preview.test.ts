import { describe, expect, it } from 'vitest';
import { changeKind } from './live-preview.ts';

describe('live preview', () => {
  it('reloads for data files and chapters, and leaves other files to Astro', () => {
    expect(changeKind('/book/data/stats.yaml', '/book')).toBe('data');
    expect(changeKind('/book/src/content/chapters/funding.mdx', '/book')).toBe('chapter');
    expect(changeKind('/book/src/components/Stat.astro', '/book')).toBeUndefined();
    expect(changeKind('/book/tests/fixtures/mini-book/data/stats.yaml', '/book')).toBeUndefined();
  });
});
