/**
 * `npm run bench`: what a build costs, today's engine against the one it replaced, measured in the same
 * run. For each engine (this project, and commit --against checked out beside it under .cache/bench/):
 *   - this report: a cold build of everything `npm run build` makes; for this engine also the rebuild
 *     with nothing changed and the rebuild after one chapter's text changed;
 *   - synthetic books (--sizes, three charts and a few inline numbers a chapter): site and PDFs up to
 *     --pdf-up-to chapters, the site alone above; the older engine only up to --against-up-to;
 *   - the editor's loop in the live preview (this engine only): cold start, a chapter save, a data save,
 *     a chapter save until the book's PDF holds it.
 * And Astro Starlight as a peer (issue 28; starlight.ts): for every synthetic book of 100 chapters or
 * more, the same chapters and chart SVGs as Starlight docs, and this engine's site alone, each built cold,
 * rebuilt with nothing changed and rebuilt after one sentence changed, alternating (A B A B).
 * CPU counts every process of a build, the older engine's Chromium included (a control group per build, see
 * cpu-group.ts). A benchmark, not a test: it asserts nothing; it prints a Markdown table and the goals
 * of the Typst print issue, the print steps' seconds read from this engine's cold build's log, then issue
 * 28's table against Starlight and its goals.
 *
 *   npm run bench -- [--against 5601582] [--sizes 100,1000] [--pdf-up-to 100] [--against-up-to 100]
 *                    [--no-starlight] [--no-editor-loop] [--keep]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { editorLoopTable, measureEditorLoop } from './editor-loop.ts';
import { copyEngine, engineAt, thisEngine, writeSynthetic, type Engine } from './engine.ts';
import {
  measureBuild,
  measureEdited,
  measurePicturesCached,
  measureRebuilds,
  type Run,
  type RunKind,
  type Weigh,
} from './runs.ts';
import { starlightEngine, writeStarlight } from './starlight.ts';
import { peerGoals, peerTable, report } from './table.ts';
import { getData } from '../../book/data/index.ts';
import { siteAddress } from '../../book/routes.ts';

/** Runs the bench with the command line's arguments and prints its tables. */
export async function runBench(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      against: { type: 'string', default: '5601582' },
      sizes: { type: 'string', default: '100,1000' },
      'pdf-up-to': { type: 'string', default: '100' },
      'against-up-to': { type: 'string', default: '100' },
      'no-editor-loop': { type: 'boolean', default: false },
      'editor-loop-only': { type: 'boolean', default: false },
      reps: { type: 'string', default: '5' },
      'no-starlight': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const editorLoop = async () => editorLoopTable(await measureEditorLoop({ reps: Number(values.reps) }));
  if (values['editor-loop-only']) {
    process.stdout.write(`${await editorLoop()}\n`);
    return;
  }
  const sizes = values.sizes.split(',').filter(Boolean).map(Number);
  const pdfUpTo = Number(values['pdf-up-to']);
  const ours = thisEngine(process.cwd());
  const today = engineAt(process.cwd(), values.against);
  /** Starlight, the peer of issue 28, for every synthetic book of at least this many chapters. */
  const PEER_FROM = 100;
  const starlight = values['no-starlight'] ? undefined : starlightEngine(process.cwd());
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
  /** The chapter page weighed in a synthetic book of `count` chapters: the middle one. */
  const middlePage = (count: number) => `topic-${String(Math.ceil(count / 2)).padStart(4, '0')}/index.html`;
  /** The base path a synthetic book's site is built for, from its data/book.yaml `url`. */
  const basePath = (book: string) => siteAddress(getData(book).book.url).base;
  /** Bytes of the chart SVG files this engine published for a book. */
  const svgBytes = (book: string) =>
    readdirSync(join(book, 'dist', 'data'))
      .filter((f) => f.endsWith('.svg'))
      .reduce((t, f) => t + statSync(join(book, 'dist', 'data', f)).size, 0);
  const svgNotes: string[] = [];

  /**
   * Issue 28: the synthetic book at `book` (this engine's, `size` chapters), its site alone, against Starlight's
   * copy of it: cold, rebuilt with nothing changed, rebuilt after one sentence changed, one engine then the other.
   */
  function againstStarlight(peer: Engine, book: string, size: number) {
    const name = `synthetic ${size}`;
    let inlined: number | undefined;
    attempt(`${name}, ${peer.name}: writing its docs`, () => {
      inlined = writeStarlight(process.cwd(), peer, book);
      return [];
    });
    const sides = [
      { engine: ours, book, weigh: { page: middlePage(size), base: basePath(book) } satisfies Weigh, ok: true },
      {
        engine: peer,
        book: peer.dir,
        weigh: { page: middlePage(size), base: '/' } satisfies Weigh,
        ok: inlined !== undefined,
      },
    ];
    for (const kind of ['cold', 'nothing changed', 'one chapter changed'] satisfies RunKind[]) {
      for (const side of sides) {
        if (!side.ok) continue;
        log(`${name}, ${side.engine.name}, site only, ${kind}`);
        const before = failed.length;
        attempt(`${name}, ${side.engine.name}, site only, ${kind}`, () => [
          kind === 'one chapter changed'
            ? measureEdited(side.engine, side.book, name, 'site', side.weigh)
            : measureBuild(side.engine, side.book, name, kind, 'site', side.weigh),
        ]);
        // A side whose cold build failed has nothing to rebuild.
        if (failed.length > before && kind === 'cold') side.ok = false;
        // This engine's cold build again, its pictures already drawn: what everything but rasterising costs.
        if (kind === 'cold' && side.ok && side.engine === ours) {
          log(`${name}, ${ours.name}, site only, cold, pictures cached`);
          attempt(`${name}, ${ours.name}, site only, cold, pictures cached`, () => [
            measurePicturesCached(ours, book, folder(`${basename(book)}-pictures-cached`), name, 'site', side.weigh),
          ]);
        }
      }
    }
    if (sides[0]!.ok && inlined !== undefined) {
      svgNotes.push(
        `- ${name}: this engine's chart SVG files, ${(svgBytes(book) / 1e6).toFixed(2)} MB; ` +
          `inline in ${peer.name}'s pages, ${(inlined / 1e6).toFixed(2)} MB.`,
      );
    }
  }

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
      const peer = starlight && size >= PEER_FROM ? starlight : undefined;
      for (const engine of engines) {
        const book = folder(`synthetic-${size}-${engine === ours ? 'ours' : 'today'}`);
        writeSynthetic(engine, book, size);
        const editions = size <= pdfUpTo ? 'all' : 'site';
        // This engine's site alone is the one Starlight is measured against: its cold build is measured there.
        if (engine === ours && peer && editions === 'site') againstStarlight(peer, book, size);
        else {
          log(`synthetic ${size}, ${engine.name}`);
          attempt(`synthetic ${size}, ${engine.name}`, () => [
            measureBuild(engine, book, `synthetic ${size}`, 'cold', editions),
          ]);
        }
      }
      if (peer && size <= pdfUpTo) {
        const book = folder(`synthetic-${size}-ours-site`);
        writeSynthetic(ours, book, size);
        againstStarlight(peer, book, size);
      }
    }
    const context =
      `Measured on ${availableParallelism()} cores, load average ${load} at the start. CPU ` +
      `seconds count every process of a build ` +
      `(${runs[0]?.measured.cpuOf === 'tree' ? 'a control group each' : 'GNU time only: processes nobody waited for are missed'}); ` +
      'peak = largest single process. "Today" is the engine at the commit given with --against.';
    const failures = failed.length ? `\n\nNot in the table:\n${failed.join('\n')}` : '';
    process.stdout.write(`${report(runs, ours.name, today.name, context)}${failures}\n`);
    if (starlight) {
      const measured = sizes.filter((size) => size >= PEER_FROM).sort((a, b) => a - b);
      const tables = measured.map((size) => peerTable(runs, ours.name, starlight.name, size));
      const large = measured.at(-1) ?? 1000;
      const small = measured.find((size) => size < large) ?? 100;
      process.stdout.write(
        `\n## Against ${starlight.name} (issue 28)\n\n${tables.join('\n\n')}\n\n` +
          `Each side's site alone: this engine with --site-only (pages, embed pages, SVG, CSV and ` +
          `PNG downloads, cards, search, checks; "pictures cached": a fresh copy given only the ` +
          `PNGs its cold build drew); ` +
          `${starlight.name} (Astro ` +
          `${JSON.parse(readFileSync(join(starlight.dir, 'node_modules/astro/package.json'), 'utf8')).version}) with its own search, ` +
          'the same chapters as Markdown docs with the same chart SVGs inline, a title and a ' +
          'generated sidebar. Built one engine then the other (A B A B). ' +
          'A chapter page: the middle chapter, all in (HTML, CSS, fonts, images), gzip-compressed, ' +
          'and the JavaScript it runs.\n' +
          `${svgNotes.join('\n')}\n\n${peerGoals(runs, ours.name, starlight.name, large, small)}\n`,
      );
    }
    if (!values['no-editor-loop']) {
      log("the editor's loop in the live preview, this engine");
      process.stdout.write(`\n${await editorLoop()}\n`);
    }
  } finally {
    if (values.keep) log(`kept the books and their sites in ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}
