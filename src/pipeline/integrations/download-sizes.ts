/**
 * The download links' sizes. Pages are rendered before the files they offer exist, so each link carries
 * a marker ("PDF"); once the files are made, this writes their real sizes in ("PDF, 1.2 MB").
 */
import { fillDownloadSizes } from '../../site/downloads/size-markers.ts';
import { printEditions, type BookSettings } from '../settings.ts';
import { afterBuild, say } from './build-step.ts';

export const downloadSizes = (settings: BookSettings) =>
  afterBuild('download-sizes', ({ dir }) => {
    const print = printEditions(settings);
    fillDownloadSizes(dir, print ? ['png', 'pdf', 'epub'] : ['png']);
    say(`Wrote the sizes of the charts' PNGs${print ? ', the PDFs and the EPUB' : ''} into their download links.`);
  });
