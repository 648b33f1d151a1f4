/** The site's _headers file (HTTP headers for static hosts), written from src/site/security/csp.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from '../../site/security/csp.ts';
import { afterBuild, say } from './build-step.ts';

export const httpHeaders = () =>
  afterBuild('headers', ({ dir, base }) => {
    writeFileSync(join(dir, '_headers'), headersFile(base));
    say('Wrote _headers from src/site/security/csp.ts.');
  });
