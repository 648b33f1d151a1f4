/**
 * Runs one command and measures it: wall-clock seconds, CPU seconds (user + system, the command and
 * every process it waited for, Chromium included) and peak memory (the largest resident set of any
 * one of those processes), read from GNU time (`/usr/bin/time`, Debian package `time`). Without GNU
 * time, only the wall clock is measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** What one command cost. */
export interface Measured {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds, user plus system; undefined without GNU time. */
  cpu?: number;
  /** Peak resident memory in bytes; undefined without GNU time. */
  peak?: number;
  /** Everything it printed, for the error message when it fails. */
  output: string;
}

/** Reads GNU time's `-f '%e %U %S %M'` line: seconds, user and system seconds, peak kilobytes. */
export function parseGnuTime(line: string): Pick<Measured, 'wall' | 'cpu' | 'peak'> {
  const [wall, user, system, kb] = line.trim().split(/\s+/).map(Number);
  if ([wall, user, system, kb].some((n) => n === undefined || Number.isNaN(n))) throw new Error(`bench: cannot read GNU time's output "${line}"`);
  return { wall: wall!, cpu: user! + system!, peak: kb! * 1024 };
}

/** Runs `node <args>` in `cwd` with `env` added; throws with its output if it fails. */
export function measureNode(args: string[], cwd: string, env: NodeJS.ProcessEnv): Measured {
  const fullEnv = { ...process.env, ...env };
  if (!existsSync(GNU_TIME)) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { cwd, env: fullEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
    const output = `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`bench: node ${args.join(' ')} failed:\n${output}`);
    return { wall: (performance.now() - started) / 1000, output };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(dir, 'time.txt');
  try {
    const run = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', report, process.execPath, ...args],
      { cwd, env: fullEnv, encoding: 'utf8', maxBuffer: 1 << 28 });
    const output = `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`bench: node ${args.join(' ')} failed:\n${output}`);
    // GNU time writes its line last; anything before it is the command's own complaint.
    const line = readFileSync(report, 'utf8').trim().split('\n').at(-1)!;
    return { ...parseGnuTime(line), output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
