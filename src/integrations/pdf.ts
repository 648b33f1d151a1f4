/**
 * The PDFs: scripts/build-pdf.ts prints the book and each chapter from the staged site's print pages.
 * It runs as its own process (it drives Chromium and prints its own progress and mistakes), keeping the
 * print pages for the EPUB step.
 */
import { spawnSync } from 'node:child_process';
import { afterBuild, BuildStopped, say } from './build-step.ts';

export const pdfs = () => afterBuild('pdf', ({ dir, root }) => {
  const run = spawnSync(process.execPath, ['scripts/build-pdf.ts', '--dist', dir, '--keep-print'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) throw new BuildStopped('the PDF step failed: its message is above');
  say('Made the PDFs.');
});
