/** The chart colours' stylesheet, written from src/lib/charts/palette.ts by a Vite plugin (palette-css.ts). */
declare module 'virtual:chart-palette.css';
