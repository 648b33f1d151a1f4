/** What every failed build must do for an editor: stop, and say once, in plain words, what to fix. */
import { expect } from 'vitest';
import type { BuildResult } from './project-copy.ts';

/** Asserts the build exited non-zero and printed each of `messages` once, each with its fix, and no stack trace. */
export function expectStopped(result: BuildResult, ...messages: string[]): void {
  expect(result.code, result.stderr).toBe(1);
  for (const message of messages) {
    expect(result.stderr).toContain(message);
    expect(result.stderr.split(message).length - 1, 'printed once').toBe(1);
  }
  expect(result.stderr.match(/\n {2}Fix: /g)?.length, 'one fix per mistake').toBe(messages.length);
  expect(result.stderr, 'no stack trace').not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(result.stderr).toMatch(/The build stopped[ ;(]/);
}
