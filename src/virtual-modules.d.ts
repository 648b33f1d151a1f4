/** The chart colours' stylesheet, written from src/figures/palette.ts by a Vite plugin (palette-css.ts). */
declare module 'virtual:chart-palette.css';
/** The book's folder, for pages and components (src/pipeline/integrations/settings-module.ts). */
declare module 'virtual:book/settings' {
  export const root: string;
}
