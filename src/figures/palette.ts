/**
 * The chart palette for each colour scheme, and WCAG contrast arithmetic to prove it. The pages' custom
 * properties are written from it (palette-css.ts), so the numbers tested here are the ones readers see.
 *
 * Text needs 4.5:1 against the page; data marks, the outline of a track and the rule between two values
 * need 3:1 against the page (WCAG 1.4.11); the two data colours, which sit side by side in the slope and
 * gap charts, need 3:1 against each other. Grid lines are decorative (every value is printed), so they
 * are kept faint on purpose and are exempt.
 */
export interface Palette {
  /** The page background the chart sits on (tokens.css --bg). */
  bg: string;
  text: string;
  muted: string;
  /** The first data colour: bars, filled cells, dots, the first line. */
  mark: string;
  /** The second data colour: reference rings, the second line. */
  mark2: string;
  /** Track outlines, axis lines and the rule joining two values. */
  outline: string;
  /** Decorative grid lines. */
  grid: string;
}

/** The schemes: the reader's light or dark setting, and paper (black on white). */
export type Scheme = 'light' | 'dark' | 'print';

export const PALETTE: Record<Scheme, Palette> = {
  light: {
    bg: '#ffffff',
    text: '#0b0c0c',
    muted: '#484949',
    mark: '#3f88d0',
    mark2: '#003087',
    outline: '#6f777b',
    grid: '#d8dadc',
  },
  dark: {
    bg: '#111416',
    text: '#f3f2f1',
    muted: '#c4c7ca',
    mark: '#b4d8ff',
    mark2: '#3a78b5',
    outline: '#8e959b',
    grid: '#353b40',
  },
  print: {
    bg: '#ffffff',
    text: '#000000',
    muted: '#000000',
    mark: '#000000',
    mark2: '#666666',
    outline: '#000000',
    grid: '#bbbbbb',
  },
};

/** The custom property each role is set in, for charts.css to use. */
export const CSS_PROPERTY: Record<Exclude<keyof Palette, 'bg'>, string> = {
  text: '--chart-text',
  muted: '--chart-muted',
  mark: '--chart-mark',
  mark2: '--chart-mark-2',
  outline: '--chart-outline',
  grid: '--chart-grid',
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
