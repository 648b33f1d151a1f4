import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { textWidth } from '../../figures/text.ts';
import { cardPng, cardSvg, fitTitle, TEXT_WIDTH } from './og-image.ts';

const card = {
  masthead: 'BT Health · 27 February 2025',
  kicker: 'Chapter 7',
  title: 'Legacy systems hold patient data back',
  footer: 'Building Cyber Resilient Healthcare',
};

describe('social cards', () => {
  it('wraps a title at words, each line measured to fit across the card', () => {
    const { size, lines } = fitTitle('Why the public trusts the NHS with its data, and what would change that trust');
    expect(lines.join(' ')).toBe('Why the public trusts the NHS with its data, and what would change that trust');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, size, true), line).toBeLessThanOrEqual(TEXT_WIDTH);
  });

  it('shrinks a long title so it fits in four lines', () => {
    expect(fitTitle('Funding').size).toBe(80);
    const long = fitTitle(
      'Why the NHS needs a unified national approach to cyber security, and what it would take ' +
        'to build one across every trust',
    );
    expect(long.size).toBeLessThan(80);
    expect(long.lines.length).toBeLessThanOrEqual(4);
  });

  it('keeps the title between the kicker and the yellow rule, however long it is', () => {
    const words = (
      'Why the NHS needs a unified national approach to cyber security and what it would take ' +
      'to build one across every trust'
    ).split(' ');
    for (let n = 1; n <= words.length; n++) {
      const svg = cardSvg({ ...card, title: words.slice(0, n).join(' ') });
      const [, size, tspans] = svg.match(/<text font-size="(\d+)" font-weight="700">(.*?)<\/text>/)!;
      const baselines = [...tspans!.matchAll(/y="(\d+)"/g)].map((m) => Number(m[1]));
      const kicker = Number(svg.match(/<text x="\d+" y="(\d+)"[^>]*fill="#ffdd00">/)![1]);
      const rule = Number(svg.match(/<rect x="\d+" y="(\d+)" width="160"/)![1]);
      // Capitals rise about 0.75 em above the baseline; descenders drop about 0.25 em below it.
      expect(baselines[0]! - 0.75 * Number(size), `${n} words`).toBeGreaterThan(kicker + 10);
      expect(baselines.at(-1)! + 0.25 * Number(size), `${n} words`).toBeLessThan(rule);
    }
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
