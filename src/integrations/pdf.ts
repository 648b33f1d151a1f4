/**
 * The PDFs: scripts/build-pdf.ts prints the book and each chapter from the staged site's print pages
 * (only those whose inputs changed since the last build: the rest come from its cache), keeping the
 * print pages for the EPUB step.
 */
import { buildPdfs } from '../../scripts/build-pdf.ts';
import { PdfStepError } from '../../scripts/pdf/browser.ts';
import { afterBuild, BuildStopped, say } from './build-step.ts';

export const pdfs = () => afterBuild('pdf', async ({ dir }) => {
  try {
    const made = await buildPdfs({ dist: dir, keepPrint: true });
    say(`Made the PDFs (${made.printed} printed, ${made.fromCache} from the cache).`);
  } catch (error) {
    if (error instanceof PdfStepError) throw new BuildStopped('the PDF step failed', [`build-pdf: ${error.message}`]);
    throw error;
  }
}, { print: true });
