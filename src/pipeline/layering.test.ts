/**
 * The layering of .dependency-cruiser.cjs holds: no folder imports a folder above it and no module
 * imports itself through others. A failure lists each violation as dependency-cruiser prints it
 * ("error data-imports-upward: src/book/data/charts.ts → src/figures/words.ts"). Tests are cruised too:
 * they may import anything, and nothing imports them.
 *
 * dependency-cruiser reads TypeScript and JavaScript, not .astro or .mdx. So it cruises a mirror of the
 * project in which every component, layout, page and chapter has a stand-in: `X.astro.ts` holding the
 * .astro file's frontmatter and <script>s, `X.mdx.ts` holding the chapter's import lines, with every
 * import of an .astro or .mdx file pointed at its stand-in. Its messages name the files themselves.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/.bin/depcruise');

/** Imports of .astro and .mdx files, pointed at their stand-ins. */
const toStandIns = (code: string) => code.replace(/(['"][^'"\n]+\.(?:astro|mdx))(['"])/g, '$1.ts$2');

/** The code of a stand-in: an .astro file's frontmatter and scripts, or an .mdx file's import and export lines. */
function standIn(file: string, text: string): string {
  if (file.endsWith('.mdx'))
    return text
      .split('\n')
      .filter((line) => /^(import|export) /.test(line))
      .join('\n');
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The project at `from` (its `targets`) mirrored into a fresh folder with a stand-in for each .astro and .mdx file. */
function mirror(from: string, targets: string[]): string {
  const to = mkdtempSync(join(tmpdir(), 'layering-mirror-'));
  cpSync(join(from, 'tsconfig.json'), join(to, 'tsconfig.json'));
  // The tsconfig extends Astro's, and packages are resolved (and not followed) as in the project.
  if (existsSync(join(from, 'node_modules'))) symlinkSync(join(from, 'node_modules'), join(to, 'node_modules'));
  const files = targets.flatMap((t) =>
    statSync(join(from, t)).isDirectory()
      ? readdirSync(join(from, t), { recursive: true, encoding: 'utf8' }).map((f) => join(t, f))
      : [t],
  );
  for (const file of files.filter((f) => statSync(join(from, f)).isFile() && /\.(ts|mjs|astro|mdx)$/.test(f))) {
    const text = readFileSync(join(from, file), 'utf8');
    const out = /\.(astro|mdx)$/.test(file) ? `${file}.ts` : file;
    mkdirSync(dirname(join(to, out)), { recursive: true });
    writeFileSync(join(to, out), toStandIns(/\.(astro|mdx)$/.test(file) ? standIn(file, text) : text));
  }
  return to;
}

/**
 * dependency-cruiser's verdict on `targets` under `cwd` (mirrored): its exit code (the number of errors) and what it
 * printed.
 */
function cruise(cwd: string, targets: string[]): { errors: number; output: string } {
  const copy = mirror(cwd, targets);
  try {
    const output = execFileSync(DEPCRUISE, [...targets, '--config', CONFIG, '--output-type', 'err'], {
      cwd: copy,
      encoding: 'utf8',
    });
    return { errors: 0, output };
  } catch (e) {
    const { status, stdout, stderr } = e as { status: number; stdout: string; stderr: string };
    return { errors: status, output: `${stdout}${stderr}`.replace(/\.(astro|mdx)\.ts\b/g, '.$1') };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

describe('layering', () => {
  it('the project has no circular import and no import of a higher layer, in .astro and .mdx files and tests too', () => {
    const { errors, output } = cruise(ROOT, ['src', 'scripts', 'tests', 'astro.config.mjs', 'vitest.config.ts']);
    expect(
      output.split('\n').filter((line) => line.includes('error ')),
      output,
    ).toEqual([]);
    expect(errors).toBe(0);
  }, 60_000);

  // The same check on a three-file project with one mistake of each kind, so a passing check above
  // means the rules bite rather than match nothing.
  const tiny = mkdtempSync(join(tmpdir(), 'layering-'));
  afterAll(() => rmSync(tiny, { recursive: true, force: true }));

  it('names an upward import, an import of a test helper and a circle', () => {
    const files: Record<string, string> = {
      'tsconfig.json': '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true } }',
      'src/book/data/upward.ts': "import { bar } from '../../figures/bar.ts';\nexport const data = bar;\n",
      'src/figures/bar.ts': "import { helper } from '../../tests/support/helper.ts';\nexport const bar = helper;\n",
      'tests/support/helper.ts': "import { a } from '../../src/book/data/a.ts';\nexport const helper = a;\n",
      'src/book/data/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/book/data/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      // A component that imports a page: found in an .astro file's frontmatter.
      'src/components/Upward.astro': "---\nimport Page from '../pages/index.astro';\n---\n<Page />\n",
      'src/pages/index.astro': '---\nconst title = 1;\n---\n<p>{title}</p>\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tiny, file)), { recursive: true });
      writeFileSync(join(tiny, file), text);
    }
    const { errors, output } = cruise(tiny, ['src', 'tests']);
    expect(output).toContain('data-imports-upward: src/book/data/upward.ts → src/figures/bar.ts');
    expect(output).toContain('figures-imports-upward: src/figures/bar.ts → tests/support/helper.ts');
    expect(output).toMatch(/no-circular: src\/book\/data\/a\.ts →\s+src\/book\/data\/b\.ts/);
    expect(output).toContain('components-imports-upward: src/components/Upward.astro → src/pages/index.astro');
    expect(errors).toBe(4);
  }, 60_000);
});
