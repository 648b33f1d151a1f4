/** The eBook: scripts/build-epub.ts makes <site>/epub/<book>.epub from the print pages and the book's PDF. */
import { buildEpub } from '../../scripts/build-epub.ts';
import { afterBuild, say } from './build-step.ts';

export const epub = () => afterBuild('epub', async ({ dir, base }) => say(`Made the EPUB: ${await buildEpub(dir, base)}.`), { print: true });
