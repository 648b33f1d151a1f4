/**
 * The layering of .dependency-cruiser.cjs holds: no folder imports a folder above it and no module
 * imports itself through others. A failure lists each violation as dependency-cruiser prints it
 * ("error data-imports-upward: src/lib/data/charts.ts → src/lib/charts/words.ts").
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

/** dependency-cruiser's verdict on `targets` under `cwd`: its exit code (the number of errors) and what it printed. */
function cruise(cwd: string, targets: string[]): { errors: number; output: string } {
  try {
    const output = execFileSync(DEPCRUISE, [...targets, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' });
    return { errors: 0, output };
  } catch (e) {
    const { status, stdout, stderr } = e as { status: number; stdout: string; stderr: string };
    return { errors: status, output: `${stdout}${stderr}` };
  }
}

describe('layering', () => {
  it('the project has no circular import and no import of a higher layer', () => {
    const { errors, output } = cruise(ROOT, ['src', 'scripts', 'astro.config.mjs']);
    expect(output.split('\n').filter((line) => line.includes('error ')), output).toEqual([]);
    expect(errors).toBe(0);
  }, 60_000);

  // The same check on a three-file project with one mistake of each kind, so a passing check above
  // means the rules bite rather than match nothing.
  const tiny = mkdtempSync(join(tmpdir(), 'layering-'));
  afterAll(() => rmSync(tiny, { recursive: true, force: true }));

  it('names an upward import and a circle', () => {
    const files: Record<string, string> = {
      'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
      'src/lib/data/upward.ts': "import { bar } from '../charts/bar.ts';\nexport const data = bar;\n",
      'src/lib/charts/bar.ts': "export const bar = 1;\n",
      'src/lib/data/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/lib/data/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tiny, file)), { recursive: true });
      writeFileSync(join(tiny, file), text);
    }
    const { errors, output } = cruise(tiny, ['src']);
    expect(output).toContain('data-imports-upward: src/lib/data/upward.ts → src/lib/charts/bar.ts');
    expect(output).toMatch(/no-circular: src\/lib\/data\/a\.ts →\s+src\/lib\/data\/b\.ts/);
    expect(errors).toBe(2);
  }, 60_000);
});
