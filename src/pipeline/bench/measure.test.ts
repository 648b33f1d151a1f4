import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openCpuGroup } from './cpu-group.ts';
import { measure } from './measure.ts';

const groups = openCpuGroup();
groups?.close();

// Chromium's renderers are processes nobody waits for: the bench must count their CPU all the same.
it.skipIf(!groups)(
  'counts the CPU of a process the command never waited for',
  () => {
    // A background process spins for 0.3 CPU seconds, then leaves a mark; the shell waits for the mark, not the
    // process.
    const spin = `${process.execPath} -e "const t = process.cpuUsage(); while (process.cpuUsage(t).user < 300000);"`;
    const mark = join(mkdtempSync(join(tmpdir(), 'bench-test-')), 'done');
    const measured = measure(
      ['sh', '-c', `(${spin}; touch ${mark}) & while [ ! -e ${mark} ]; do sleep 0.05; done`],
      process.cwd(),
    );
    expect(measured.cpuOf).toBe('tree');
    expect(measured.cpu).toBeGreaterThan(0.28);
  },
  30_000,
);

it("stops with the command's own output when it fails", () => {
  expect(() => measure(['sh', '-c', 'echo "no such chapter" >&2; exit 3'], process.cwd())).toThrow(/no such chapter/);
});
