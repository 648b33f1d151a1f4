import { describe, expect, it } from 'vitest';
import { matchTitles } from './outline.ts';

describe('bookmark titles', () => {
  const headings = ['About the research', 'The staff survey heard from people across the NHS', 'On this page', 'Sources'];

  it('restores the space Chromium drops where a heading wraps', () => {
    expect(matchTitles(['About the research', 'The staff survey heard frompeople across the NHS'], headings))
      .toEqual(['About the research', 'The staff survey heard from people across the NHS']);
  });

  it('reads a bookmark where Chromium wrote a line twice as its heading', () => {
    expect(matchTitles(['SourcesSources', 'The staff surveyThe staff survey heard from people across the NHS'], ['Sources', headings[1]!]))
      .toEqual(['Sources', headings[1]]);
  });

  it('skips headings that have no bookmark, keeping reading order', () => {
    expect(matchTitles(['About the research', 'Sources'], headings)).toEqual(['About the research', 'Sources']);
  });

  it('stops the build when a bookmark matches no heading', () => {
    expect(() => matchTitles(['Sources', 'About the research'], headings)).toThrowErrorMatchingInlineSnapshot(
      `[PdfStepError: the bookmark "About the research" matches no heading after "Sources".]`);
  });
});
