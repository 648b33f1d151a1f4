/** Writing a cache file so that a build reading the cache at the same time never sees half of it. */
import { renameSync, writeFileSync } from 'node:fs';

/** Writes `data` beside `file`, then renames it into place. */
export function writeAtomically(file: string, data: Uint8Array | string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
