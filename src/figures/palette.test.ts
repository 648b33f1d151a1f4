/**
 * The chart palette meets WCAG contrast in every scheme, and the pages' custom properties are exactly these colours.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, CSS_PROPERTY, PALETTE, type Scheme } from './palette.ts';
import { paletteCss } from '../pipeline/integrations/palette-css.ts';

const css = paletteCss();
const tokens = readFileSync('src/site/styles/tokens.css', 'utf8');
/** The custom properties set in the block opened by `opener` (or the first :root block). */
function block(text: string, opener: RegExp): Record<string, string> {
  const start = text.search(opener);
  const body = text.slice(start, text.indexOf('}', text.indexOf('{', text.indexOf(':root', start))));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}
const OPENERS: Record<Scheme, RegExp> = {
  light: /^:root/m,
  dark: /@media \(prefers-color-scheme: dark\)/,
  print: /@media print/,
};

describe.each(Object.keys(PALETTE) as Scheme[])('the %s palette', (scheme) => {
  const p = PALETTE[scheme];

  it('has text at 4.5:1 or more against the page', () => {
    expect(contrast(p.text, p.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.muted, p.bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('has marks and outlines at 3:1 or more against the page', () => {
    for (const colour of [p.mark, p.mark2, p.outline]) expect(contrast(colour, p.bg), colour).toBeGreaterThanOrEqual(3);
  });

  it('has the two data colours, which sit side by side, at 3:1 or more against each other', () => {
    expect(contrast(p.mark, p.mark2)).toBeGreaterThanOrEqual(3);
  });

  it('is what the pages set', () => {
    const set = block(css, OPENERS[scheme]);
    for (const [role, property] of Object.entries(CSS_PROPERTY))
      expect(set[property], property).toBe(p[role as keyof typeof CSS_PROPERTY]);
  });

  it.skipIf(scheme === 'print')('is checked against the page background tokens.css sets', () => {
    expect(block(tokens, OPENERS[scheme])['--bg']).toBe(p.bg);
  });
});

describe('forced colours', () => {
  it('maps every chart colour to a system colour', () => {
    const set = block(css, /@media \(forced-colors: active\)/);
    for (const property of Object.values(CSS_PROPERTY))
      expect(set[property], property).toMatch(/^(CanvasText|Canvas|GrayText|Highlight|LinkText)$/);
  });
});

describe('charts.css', () => {
  it('reads the colours and types none of them (they are written from palette.ts)', () => {
    const stylesheet = readFileSync('src/site/styles/charts.css', 'utf8');
    expect(stylesheet).toContain('var(--chart-mark)');
    expect(stylesheet.match(/--chart-[\w-]+\s*:/g)).toBeNull();
  });
});
