/**
 * Social cards: one 1200×630 PNG per chapter (and one for the cover), drawn as SVG and rendered at
 * build time (downloads/svg-png.ts). A figure's card is its chart's PNG (page-meta.ts). No network, no
 * clock: the same text gives the same bytes. The fonts are the machine's (Liberation Sans or DejaVu
 * Sans on Debian), named with a generic fallback.
 */
import { cachedPng } from '../../figures/files/png-cache.ts';
import { svgPng } from '../../figures/files/svg-png.ts';
import { wrap } from '../../figures/text.ts';
import { escapeXml as xml } from '../../lib/escape-xml.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. */
export interface Card {
  /** Small line above the title, e.g. "Chapter 7". */
  kicker: string;
  /** The big text: the chapter's title, or the report's on the cover. */
  title: string;
  /** The line at the foot: the report's title, or its subtitle on the cover. */
  footer: string;
  /** Publisher and date, at the top. */
  masthead: string;
}

const MARGIN = 80;
/** The width text may take across the card; lines are measured as the charts' labels are (charts/text.ts). */
export const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

/** The largest title size (and its lines) that fits in four lines across the card. */
export function fitTitle(title: string): { size: number; lines: string[] } {
  for (const size of [80, 68, 58, 50, 44]) {
    const lines = wrap(title, TEXT_WIDTH, size, true);
    if (lines.length <= 4 - (size < 58 ? 0 : 1)) return { size, lines };
  }
  const size = 44;
  return { size, lines: wrap(title, TEXT_WIDTH, size, true).slice(0, 4) };
}

/** The card as SVG: NHS blue, the title in white, a yellow rule, the report's name at the foot. */
export function cardSvg(card: Card): string {
  const { size, lines } = fitTitle(card.title);
  const lineHeight = Math.round(size * 1.15);
  // Fixed bands, top to bottom: masthead, kicker, title (down from 210), rule, footer.
  const first = 210 + Math.round(size * 0.9);
  const titleLines = lines
    .map((line, i) => `<tspan x="${MARGIN}" y="${first + i * lineHeight}">${xml(line)}</tspan>`)
    .join('');
  const footer = wrap(card.footer, TEXT_WIDTH, 32)
    .slice(0, 2)
    .map((line, i) => `<tspan x="${MARGIN}" y="${552 + i * 38}">${xml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="#005eb8"/>
<rect x="0" y="0" width="24" height="${CARD_HEIGHT}" fill="#ffdd00"/>
<g font-family="Liberation Sans, DejaVu Sans, Arial, Helvetica, sans-serif" fill="#ffffff">
<text x="${MARGIN}" y="96" font-size="28">${xml(card.masthead)}</text>
<text x="${MARGIN}" y="164" font-size="34" font-weight="700" fill="#ffdd00">${xml(card.kicker)}</text>
<text font-size="${size}" font-weight="700">${titleLines}</text>
<rect x="${MARGIN}" y="500" width="160" height="8" fill="#ffdd00"/>
<text font-size="32">${footer}</text>
</g>
</svg>`;
}

/** The card as PNG bytes, at its own size. */
export function cardPng(card: Card): Promise<Buffer> {
  return svgPng(cardSvg(card), 72);
}

/** The card's PNG, drawn once per distinct card and kept between builds. */
export function cachedCardPng(root: string, card: Card): Promise<Uint8Array> {
  // The SVG is everything the card's pixels depend on, beside what png-cache.ts adds itself.
  return cachedPng(root, `card 72\0${cardSvg(card)}`, () => cardPng(card));
}
