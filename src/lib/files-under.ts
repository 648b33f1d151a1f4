/** Listing a folder's files, as the build's proofs and digests read them. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file at or under `path`, relative to it and sorted ('' for `path` itself if it is a file); none if it does not
 * exist.
 */
export function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [''];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(path, f)).isFile())
    .sort();
}
