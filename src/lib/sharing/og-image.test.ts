import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardPng, cardSvg, fitTitle, wrapWords } from './og-image.ts';

const card = { masthead: 'BT Health · 27 February 2025', kicker: 'Chapter 7', title: 'Legacy systems hold patient data back', footer: 'Building Cyber Resilient Healthcare' };

describe('social cards', () => {
  it('wraps words greedily without splitting them', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('extraordinarily long', 5)).toEqual(['extraordinarily', 'long']);
  });

  it('shrinks a long title so it fits in four lines', () => {
    expect(fitTitle('Funding').size).toBe(80);
    const long = fitTitle('Why the NHS needs a unified national approach to cyber security, and what it would take to build one across every trust');
    expect(long.size).toBeLessThan(80);
    expect(long.lines.length).toBeLessThanOrEqual(4);
  });

  it('escapes the text it draws', () => {
    expect(cardSvg({ ...card, title: 'R&D <spending>' })).toContain('R&amp;D &lt;spending&gt;');
  });

  it('renders a 1200×630 PNG, the same bytes every time', async () => {
    const [a, b] = await Promise.all([cardPng(card), cardPng(card)]);
    expect(await sharp(a).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(a.equals(b)).toBe(true);
  });
});
