/**
 * One build at a time in a book's folder. A build takes the lock (a file in the book's cache naming its
 * process) before it touches the staging folder or dist/, and gives it back when its process ends. A
 * second build waits for it and says so once. A lock whose process is gone (killed, or its machine
 * restarted) is taken over, and the next holder first deletes what that build may have left
 * half-written (Astro's content store). The dev server takes no lock: it writes nothing a build reads.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cachePath } from '../lib/cache.ts';

interface Holder {
  pid: number;
  started: string;
}

/** Whether process `pid` is running (signal 0 checks without sending anything). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Who holds the lock at `file`; undefined if no one. */
function holder(file: string): Holder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock at `file` if it is free: written whole beside it, then linked into place, which fails if it exists.
 */
function tryTake(file: string): boolean {
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, JSON.stringify({ pid: process.pid, started: new Date().toISOString() } satisfies Holder));
  try {
    linkSync(mine, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(mine);
  }
}

/**
 * Takes the lock on the book at `book`, waiting while another build holds it. `say` prints one line of
 * the build's log; `doubtful` are the caches a killed build may have left half-written.
 */
export async function takeBuildLock(
  book: string,
  say: (line: string) => void,
  doubtful: readonly string[],
): Promise<void> {
  const file = cachePath(book, 'lock');
  const abandoned = `${file}.abandoned`;
  mkdirSync(dirname(file), { recursive: true });
  let waiting = false;
  while (!tryTake(file)) {
    const other = holder(file);
    if (!other) continue; // given back just now
    if (!running(other.pid)) {
      say(`the build of pid ${other.pid} (started ${other.started}) stopped without finishing: taking over its lock.`);
      try {
        renameSync(file, abandoned); // set aside once, whoever gets there first; the next holder cleans up
      } catch {
        // another waiting build set it aside first
      }
      continue;
    }
    if (!waiting) say(`another build is running in this folder (pid ${other.pid}, started ${other.started}); waiting.`);
    waiting = true;
    await sleep(250);
  }
  process.once('exit', () => giveBack(file));
  if (existsSync(abandoned)) {
    for (const path of doubtful) rmSync(path, { recursive: true, force: true });
    rmSync(abandoned, { force: true });
  }
}

/** Whether this process holds the lock on the book at `book` (a build that failed may then clear its own staging). */
export const holdsBuildLock = (book: string): boolean => holder(cachePath(book, 'lock'))?.pid === process.pid;

/** Gives the lock back, if this process holds it. */
function giveBack(file: string): void {
  if (holder(file)?.pid === process.pid) unlinkSync(file);
}
