/** Project copies for the editors' tests; the copy itself is in copy-project.ts (the bench uses it too). */
import { afterAll } from 'vitest';
import { projectCopy, type ProjectCopy } from '../../src/pipeline/harness/copy-project.ts';

export { chapter, projectCopy, type BuildResult, type ProjectCopy } from '../../src/pipeline/harness/copy-project.ts';

/** A `copy()` for one test file: each call makes a fresh project copy, and all are removed after the file. */
export function copiesForThisFile(): () => ProjectCopy {
  const copies: ProjectCopy[] = [];
  afterAll(() => copies.forEach((c) => c.remove()));
  return () => {
    const c = projectCopy();
    copies.push(c);
    return c;
  };
}
