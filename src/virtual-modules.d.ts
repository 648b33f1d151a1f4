/** The chart colours' stylesheet, written from src/figures/palette.ts by a Vite plugin (palette-css.ts). */
declare module 'virtual:chart-palette.css';
