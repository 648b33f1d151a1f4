/** The pages the browser tests visit: every built page, discovered from dist/, with its address. */
import { inject } from 'vitest';
import { builtPages } from './site.ts';
import { pageAddress } from './static-server.ts';

/** A built page: its dist/ path, its address on the test server and a short name for reports. */
export interface SitePage {
  path: string;
  address: string;
  name: string;
}

/** Every built page (never a hand-kept list), in a stable order. */
export function sitePages(): SitePage[] {
  const origin = inject('siteOrigin');
  return builtPages().map((path) => ({ path, address: pageAddress(origin, path), name: path.replace(/index\.html$/, '') || '/' }));
}
