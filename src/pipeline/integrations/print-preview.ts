/**
 * The live print preview (`npm run dev`): the dev server answers `<base>pdf/<name>.pdf` with the PDF typeset
 * from the book as last saved (src/editions/print/print-preview.ts). Here, not in
 * src/pipeline/integrations/live-preview.ts,
 * because only integrations may import the print edition.
 */
import type { AstroIntegration } from 'astro';
import { printPreview as pdfMiddleware } from '../../editions/print/print-preview.ts';
import type { BookSettings } from '../settings.ts';

export function printPreview(settings: BookSettings): AstroIntegration {
  let base = '/';
  return {
    name: 'book-print-preview',
    hooks: {
      // Astro's own base, so the PDFs sit under the same path as the pages it serves.
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(pdfMiddleware(settings, base, (message) => logger.error(message)));
      },
    },
  };
}
