/**
 * The module `virtual:book/settings`, from which the pages, components and the content config learn the
 * book's folder: they run inside Vite, apart from the build's own modules, and take no options.
 */
import type { BookSettings } from '../settings.ts';

export const SETTINGS_MODULE = 'virtual:book/settings';
const RESOLVED = '\0book-settings';

/** The Vite plugin that serves the book's folder as `root` from SETTINGS_MODULE. */
export const settingsModule = (settings: BookSettings) => ({
  name: 'book-settings',
  resolveId: (id: string) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
  load: (id: string) => (id === RESOLVED ? `export const root = ${JSON.stringify(settings.root)};\n` : undefined),
});
