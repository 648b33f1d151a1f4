/**
 * The chart colours as CSS custom properties, written from palette.ts (never typed into a stylesheet):
 * the light scheme, the reader's dark setting, forced colours (each role a system colour) and a printed
 * page of the site (the PDF edition keeps the light palette's brand blues). charts.css reads them.
 */
import { CSS_PROPERTY, PALETTE, type Palette } from '../../figures/palette.ts';

type Role = keyof typeof CSS_PROPERTY;

/** Forced-colours mode: SVG keeps author colours unless told, so every role maps to a system colour. */
export const FORCED_COLOURS: Record<Role, string> = {
  text: 'CanvasText',
  muted: 'CanvasText',
  mark: 'CanvasText',
  mark2: 'CanvasText',
  outline: 'CanvasText',
  grid: 'GrayText',
};

const declarations = (colours: Record<Role, string>) =>
  (Object.keys(CSS_PROPERTY) as Role[]).map((role) => `${CSS_PROPERTY[role]}: ${colours[role]};`).join(' ');

const rule = (selector: string, colours: Record<Role, string> | Palette) => `${selector} { ${declarations(colours)} }`;

/** The stylesheet, in cascade order: a later block wins where its media query applies. */
export function paletteCss(): string {
  return [
    rule(':root', PALETTE.light),
    `@media (prefers-color-scheme: dark) { ${rule(':root', PALETTE.dark)} }`,
    `@media (forced-colors: active) { ${rule(':root', FORCED_COLOURS)} }`,
    `@media print { ${rule(':root:not(:has(.print-edition))', PALETTE.print)} }`,
  ].join('\n');
}

/** The stylesheet's module id: a layout imports it like any stylesheet, so Astro bundles and hashes it. */
export const PALETTE_CSS_MODULE = 'virtual:chart-palette.css';
const RESOLVED = '\0chart-palette.css';

/** The Vite plugin that serves paletteCss() as PALETTE_CSS_MODULE. */
export const chartPaletteCss = () => ({
  name: 'chart-palette-css',
  resolveId: (id: string) => (id === PALETTE_CSS_MODULE ? RESOLVED : undefined),
  load: (id: string) => (id === RESOLVED ? paletteCss() : undefined),
});
