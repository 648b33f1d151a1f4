/**
 * `npm run bench`: what a build costs, today's engine against the one it replaced, measured in the same
 * run. For each engine (this project, and commit --against checked out beside it under .cache/bench/):
 *   - this report: a cold build of everything `npm run build` makes; for this engine also the rebuild
 *     with nothing changed and the rebuild after one chapter's text changed;
 *   - synthetic books (--sizes, three charts and a few inline numbers a chapter): site and PDFs up to
 *     --pdf-up-to chapters, the site alone above; the older engine only up to --against-up-to;
 *   - the editor's loop in the live preview (this engine only): cold start, a chapter save, a data save,
 *     a chapter save until the book's PDF holds it.
 * CPU counts every process of a build, the older engine's Chromium included (a control group per build, see
 * bench/cpu-group.ts). A benchmark, not a test: it asserts nothing; it prints a Markdown table and the goals
 * of the Typst print issue, the print steps' seconds read from this engine's cold build's log.
 *
 *   node scripts/bench.ts [--against 5601582] [--sizes 100,1000] [--pdf-up-to 100] [--against-up-to 100]
 *                         [--no-editor-loop] [--keep]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { editorLoopTable, measureEditorLoop } from './bench/editor-loop.ts';
import { copyEngine, engineAt, thisEngine, writeSynthetic, type Engine } from './bench/engine.ts';
import { measureBuild, measureRebuilds, type Run } from './bench/runs.ts';
import { report } from './bench/table.ts';

const { values } = parseArgs({
  options: {
    against: { type: 'string', default: '5601582' },
    sizes: { type: 'string', default: '100,1000' },
    'pdf-up-to': { type: 'string', default: '100' },
    'against-up-to': { type: 'string', default: '100' },
    'no-editor-loop': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const pdfUpTo = Number(values['pdf-up-to']);
const ours = thisEngine(process.cwd());
const today = engineAt(process.cwd(), values.against);
const temp = mkdtempSync(join(tmpdir(), 'bench-'));
const load = loadavg()[0]!.toFixed(1);
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

/** A fresh, empty book folder. */
const folder = (name: string) => {
  const dir = join(temp, name);
  mkdirSync(dir);
  return dir;
};

const runs: Run[] = [];
/** Builds that failed, each with the error it stopped on: the others are still measured and reported. */
const failed: string[] = [];
const attempt = (what: string, measureIt: () => Run[]) => {
  try {
    runs.push(...measureIt());
  } catch (error) {
    const message = String((error as Error).message);
    const cause = message.split('\n').find((l) => /^\w*Error\b/.test(l)) ?? message.trim().split('\n').at(-1);
    log(`${what} failed:\n${message}`);
    failed.push(`- ${what}: the build failed (${cause?.trim()}).`);
  }
};
try {
  for (const engine of [today, ours]) {
    log(`this report, ${engine.name}`);
    const copy = copyEngine(engine, folder(`report-${engine === ours ? 'ours' : 'today'}`));
    attempt(`this book, ${engine.name}`, () => {
      const cold = measureBuild(copy, copy.dir, 'this book', 'cold', 'all');
      return engine === ours ? [cold, ...measureRebuilds(copy, copy.dir, 'this book', 'all')] : [cold];
    });
  }
  for (const size of sizes) {
    const engines: Engine[] = size <= Number(values['against-up-to']) ? [today, ours] : [ours];
    for (const engine of engines) {
      const book = folder(`synthetic-${size}-${engine === ours ? 'ours' : 'today'}`);
      writeSynthetic(engine, book, size);
      log(`synthetic ${size}, ${engine.name}`);
      attempt(`synthetic ${size}, ${engine.name}`, () => [measureBuild(engine, book, `synthetic ${size}`, 'cold', size <= pdfUpTo ? 'all' : 'site')]);
    }
  }
  const context = `Measured on ${availableParallelism()} cores, load average ${load} at the start. CPU seconds count every process of a build `
    + `(${runs[0]?.measured.cpuOf === 'tree' ? 'a control group each' : 'GNU time only: processes nobody waited for are missed'}); `
    + 'peak = largest single process. "Today" is the engine at the commit given with --against.';
  const failures = failed.length ? `\n\nNot in the table:\n${failed.join('\n')}` : '';
  process.stdout.write(`${report(runs, ours.name, today.name, context)}${failures}\n`);
  if (!values['no-editor-loop']) {
    log('the editor\'s loop in the live preview, this engine');
    process.stdout.write(`\n${editorLoopTable(await measureEditorLoop())}\n`);
  }
} finally {
  if (values.keep) log(`kept the books and their sites in ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}
