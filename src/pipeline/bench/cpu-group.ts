/**
 * Counts the CPU of a whole process tree, Chromium's renderers included, with a control group of its
 * own: a process placed in it takes every process it starts along, and the kernel adds up all of their
 * CPU time, whether or not anyone waited for them (GNU time counts only the processes its command
 * waited for, which misses most of Chromium). Works as root with cgroup v2 (cpu.stat), or v1's
 * cpuacct controller; elsewhere `openCpuGroup` returns undefined and the bench says so.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

/** A control group made for one command. */
export interface CpuGroup {
  /** The file a process writes its pid into to join the group. */
  procs: string;
  /** CPU seconds the group's processes have used so far. */
  seconds(): number;
  /** Removes the (empty) group. */
  close(): void;
}

/** Where a cgroup file system of `type` is mounted, and, for v1, its controller, from /proc/mounts. */
function mountOf(type: 'cgroup2' | 'cpuacct'): string | undefined {
  const mounts = readFileSync('/proc/mounts', 'utf8')
    .split('\n')
    .map((line) => line.split(' '));
  const found =
    type === 'cgroup2'
      ? mounts.find(([, , fs]) => fs === 'cgroup2')
      : mounts.find(([, , fs, options]) => fs === 'cgroup' && options?.split(',').includes('cpuacct'));
  return found?.[1];
}

/** This process's own group in the hierarchy: a new group goes beneath it. */
function ownPath(type: 'cgroup2' | 'cpuacct'): string {
  const lines = readFileSync('/proc/self/cgroup', 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(':'));
  const line =
    type === 'cgroup2'
      ? lines.find(([id]) => id === '0')
      : lines.find(([, controllers]) => controllers?.split(',').includes('cpuacct'));
  return line?.[2] ?? '/';
}

const READERS = {
  // cgroup v2: "usage_usec N" in cpu.stat.
  cgroup2: (dir: string) =>
    Number(/usage_usec (\d+)/.exec(readFileSync(join(dir, 'cpu.stat'), 'utf8'))?.[1] ?? NaN) / 1e6,
  // cgroup v1: nanoseconds in cpuacct.usage.
  cpuacct: (dir: string) => Number(readFileSync(join(dir, 'cpuacct.usage'), 'utf8')) / 1e9,
};

let made = 0;

/** A fresh group for one command, or undefined where none can be made (not root, no cgroups). */
export function openCpuGroup(): CpuGroup | undefined {
  for (const type of ['cgroup2', 'cpuacct'] as const) {
    const mount = mountOf(type);
    if (!mount) continue;
    const dir = join(mount, ownPath(type), `bench-${process.pid}-${made++}`);
    try {
      mkdirSync(dir);
      const read = READERS[type];
      if (!existsSync(join(dir, 'cgroup.procs')) || Number.isNaN(read(dir))) throw new Error('no CPU accounting here');
      return { procs: join(dir, 'cgroup.procs'), seconds: () => read(dir), close: () => rmdirSync(dir) };
    } catch {
      try {
        rmdirSync(dir);
      } catch {
        /* never made */
      }
    }
  }
  return undefined;
}
