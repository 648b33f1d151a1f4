/**
 * Runs one command and measures it: wall-clock seconds, CPU seconds of its whole process tree (a
 * control group of its own, so Chromium's processes count too; see cpu-group.ts) and peak memory (the
 * largest resident set of any one process, from GNU time, Debian package `time`). Without a control
 * group the CPU is GNU time's, which misses processes nobody waited for; `cpuOf` says which it is.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCpuGroup } from './cpu-group.ts';

const GNU_TIME = '/usr/bin/time';

/** What one command cost. */
export interface Measured {
  /** Wall-clock seconds. */
  wall: number;
  /** CPU seconds, user plus system. */
  cpu?: number;
  /** Whose CPU `cpu` counts: the whole process tree, or only the processes the command waited for. */
  cpuOf?: 'tree' | 'waited-for';
  /** Peak resident memory of the largest single process, in bytes. */
  peak?: number;
  /** Everything it printed, for the error message when it fails. */
  output: string;
}

/** Reads GNU time's `-f '%e %U %S %M'` line: seconds, user and system seconds, peak kilobytes. */
export function parseGnuTime(line: string): Pick<Measured, 'wall' | 'cpu' | 'peak'> {
  const [wall, user, system, kb] = line.trim().split(/\s+/).map(Number);
  if ([wall, user, system, kb].some((n) => n === undefined || Number.isNaN(n)))
    throw new Error(`bench: cannot read GNU time's output "${line}"`);
  return { wall: wall!, cpu: user! + system!, peak: kb! * 1024 };
}

/** Runs `command` in `cwd` with `env` added; throws with its output if it fails. */
export function measure(command: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Measured {
  const dir = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const report = join(dir, 'time.txt');
  const timed = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%e %U %S %M', '-o', report, ...command] : command;
  const group = openCpuGroup();
  // The shell joins the group, then becomes the command: everything it starts is counted with it.
  const run = group ? ['sh', '-c', 'echo $$ > "$0" && exec "$@"', group.procs, ...timed] : timed;
  try {
    const started = performance.now();
    const result = spawnSync(run[0]!, run.slice(1), {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wall = (performance.now() - started) / 1000;
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`bench: ${command.join(' ')} failed:\n${output}`);
    // GNU time writes its line last; anything before it is the command's own complaint.
    const timedBy = existsSync(report)
      ? parseGnuTime(readFileSync(report, 'utf8').trim().split('\n').at(-1)!)
      : { wall };
    return group
      ? { ...timedBy, wall, cpu: group.seconds(), cpuOf: 'tree', output }
      : { ...timedBy, wall, cpuOf: timedBy.cpu === undefined ? undefined : 'waited-for', output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    try {
      group?.close();
    } catch {
      /* a process outlived its command: the group stays, harmless */
    }
  }
}
