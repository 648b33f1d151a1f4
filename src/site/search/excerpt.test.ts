import { describe, expect, it } from 'vitest';
import { excerptParts, resultCount } from './excerpt.ts';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked runs', () => {
    expect(excerptParts('old <mark>legacy</mark> systems and <mark>Legacy</mark>')).toEqual([
      { text: 'old ', mark: false },
      { text: 'legacy', mark: true },
      { text: ' systems and ', mark: false },
      { text: 'Legacy', mark: true },
    ]);
  });

  it('decodes escaped text and never yields markup to inject', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D')).toEqual([
      { text: '<script>alert(1)</script> R&D', mark: false },
    ]);
  });
});

describe('resultCount', () => {
  it('says how many chapters match, in words a screen reader reads well', () => {
    expect(resultCount(1, 'legacy ')).toBe('1 chapter matches “legacy”.');
    expect(resultCount(4, 'training')).toBe('4 chapters match “training”.');
    expect(resultCount(0, 'zebra')).toBe('No results for “zebra”. Try another word, or browse the contents.');
  });
});
