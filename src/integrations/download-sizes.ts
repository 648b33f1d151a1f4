/**
 * The download links' sizes. Pages are rendered before the PDFs and the EPUB exist, so each link carries
 * a marker ("PDF"); once the files are made, this writes their real sizes in ("PDF, 1.2 MB").
 */
import { fillDownloadSizes } from '../lib/downloads/size-markers.ts';
import { afterBuild, say } from './build-step.ts';

export const downloadSizes = () => afterBuild('download-sizes', ({ dir }) => {
  fillDownloadSizes(dir, 'pdf');
  fillDownloadSizes(dir, 'epub');
  say('Wrote the PDFs\' and the EPUB\'s sizes into the download links.');
}, { print: true });
