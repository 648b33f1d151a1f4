/** The benchmark's report: one Markdown table row per build, then each goal with its measured ratio. */
import type { Run, RunKind } from './runs.ts';

const seconds = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(1));
const mb = (bytes: number | undefined) =>
  bytes === undefined ? '–' : (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1);

const HEAD = [
  'book',
  'engine',
  'build',
  'makes',
  'chapters',
  'pages',
  'wall s',
  'CPU s',
  'peak MB',
  'site MB',
  'book PDF MB',
];

const row = (r: Run): string[] => [
  r.book,
  r.engine,
  r.kind,
  r.editions === 'all' ? 'site, PDFs, EPUB' : 'site',
  String(r.chapters),
  String(r.pages),
  seconds(r.measured.wall),
  seconds(r.measured.cpu),
  mb(r.measured.peak),
  mb(r.siteBytes),
  mb(r.bookPdfBytes),
];

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A goal "at most `limit`× of `base`", checked on wall and CPU seconds. */
function ratioGoal(text: string, run: Run | undefined, base: Run | undefined, limit: number): string {
  if (!run || !base) return `- ${text}: not measured in this run.`;
  const wall = run.measured.wall / base.measured.wall;
  const cpu = run.measured.cpu !== undefined && base.measured.cpu ? run.measured.cpu / base.measured.cpu : undefined;
  const met = wall <= limit && (cpu === undefined || cpu <= limit);
  return (
    `- ${text} (goal ≤ ${limit}×): ${seconds(run.measured.wall)} s against ` +
    `${seconds(base.measured.wall)} s wall = ${wall.toFixed(2)}×; ` +
    `${seconds(run.measured.cpu)} s against ${seconds(base.measured.cpu)} s CPU = ` +
    `${cpu?.toFixed(2) ?? 'n/a'}× (${met ? 'met' : 'not met'}).`
  );
}

/** A goal "at most `limit` seconds" for one of the print steps of this engine's cold build, as its log reports it. */
function stepGoal(
  text: string,
  run: Run | undefined,
  step: { seconds: number; made: string } | undefined,
  limit: number,
): string {
  if (!run) return `- ${text}: not measured in this run.`;
  if (!step) return `- ${text} (goal ≤ ${limit.toFixed(1)} s): not in the build's log.`;
  return (
    `- ${text} (goal ≤ ${limit.toFixed(1)} s): ${seconds(step.seconds)} s, ${step.made} ` +
    `(${step.seconds <= limit ? 'met' : 'not met'}).`
  );
}

/** The whole report, as Markdown. `ours` and `today` name the two engines. */
export function report(runs: Run[], ours: string, today: string, context: string): string {
  // The print issue's books are made with every edition when PDFs were made of them (synthetic 100 is also built
  // site-only, for issue 28).
  const find = (book: string, engine: string, kind: RunKind = 'cold') =>
    runs.find((r) => r.book === book && r.engine === engine && r.kind === kind && r.editions === 'all') ??
    runs.find((r) => r.book === book && r.engine === engine && r.kind === kind);
  const out = [
    line(HEAD),
    line(HEAD.map((_, i) => (i < 4 ? '---' : '---:'))),
    ...runs.map((r) => line(row(r))),
    '',
    context,
    '',
    `Goals of the Typst print issue (printed, not asserted; against ${today} in the same run):`,
  ];
  const cold = find('this book', ours);
  const pdfs = cold?.steps?.pdfs;
  const epub = cold?.steps?.epub;
  out.push(
    stepGoal(
      "this book, cold build, the print editions (the book's PDF and each chapter's), as the build's log times them",
      cold,
      pdfs && {
        seconds: pdfs.seconds,
        made: `${pdfs.count} PDFs, ${pdfs.bookPages} pages in the book's, ${pdfs.allPages} in all`,
      },
      1.0,
    ),
  );
  out.push(
    stepGoal(
      "this book, cold build, the EPUB with its page-marker pass, as the build's log times it",
      cold,
      epub && {
        seconds: epub.seconds,
        made: `${epub.chapters} chapters, ${epub.pagesListed} print pages listed, ${epub.size}`,
      },
      0.5,
    ),
  );
  out.push(ratioGoal("this book, cold build, against today's", cold, find('this book', today), 0.4));
  out.push(
    ratioGoal(
      "this book, rebuild after one chapter changed, against today's cold build",
      find('this book', ours, 'one chapter changed'),
      find('this book', today),
      0.3,
    ),
  );
  out.push(
    ratioGoal(
      "synthetic 100 chapters, site and PDFs, against today's",
      find('synthetic 100', ours),
      find('synthetic 100', today),
      0.4,
    ),
  );
  const thousand = find('synthetic 1000', ours);
  out.push('', 'Not a goal of this issue:');
  out.push(
    thousand
      ? `- synthetic 1,000 chapters, site (goal ≤ 30 s): ${seconds(thousand.measured.wall)} s ` +
          `wall, ${seconds(thousand.measured.cpu)} s CPU ` +
          `(${thousand.measured.wall <= 30 ? 'met' : 'not met'}).`
      : '- synthetic 1,000 chapters, site: not measured in this run.',
  );
  return out.join('\n');
}

/**
 * Issue 28's figures when it was opened (1,000 chapters, site only, against Starlight 0.42.9), printed beside each
 * goal.
 */
const ISSUE_28 = {
  cold: '5.2×',
  withoutRasters: '1.3×',
  rebuildEdited: '1.9×',
  rebuildUnchanged: '2.4×',
  dist: '3.7×',
};

const count = (n: number) => n.toLocaleString('en-GB');
const cpuSeconds = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(s < 100 ? 1 : 0));
const sizeOf = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;
const times = (r: number | undefined) =>
  r === undefined || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(r < 1 ? 2 : 1)}×`;
const verdict = (met: boolean) => (met ? 'met' : 'not met');

/** A cell of the peer table: a build's wall seconds, with its CPU seconds when `withCpu`. */
const buildCell = (run: Run | undefined, withCpu: boolean) =>
  !run
    ? 'not measured'
    : withCpu
      ? `${seconds(run.measured.wall)} s wall, ${cpuSeconds(run.measured.cpu)} CPU-s`
      : `${seconds(run.measured.wall)} s`;

/**
 * Issue 28's table for one size: this engine's site alone against the peer's (Starlight), cold and rebuilt,
 * what each publishes, and one chapter page as a reader downloads it.
 */
export function peerTable(runs: Run[], ours: string, peer: string, chapters: number): string {
  const find = (engine: string, kind: RunKind) =>
    runs.find(
      (r) => r.book === `synthetic ${chapters}` && r.engine === engine && r.kind === kind && r.editions === 'site',
    );
  const rows: string[][] = [];
  const kinds = [
    ['cold build', 'cold'],
    ['cold build, pictures cached', 'cold, pictures cached'],
    ['rebuild, nothing changed', 'nothing changed'],
    ['rebuild, one sentence changed', 'one chapter changed'],
  ] as const;
  for (const [label, kind] of kinds) {
    const withCpu = kind.startsWith('cold');
    // The peer draws no pictures: its cold build is the one to compare a build without rasters with.
    const [a, b] = [find(ours, kind), find(peer, withCpu ? 'cold' : kind)];
    if (kind === 'cold, pictures cached' && !a) continue;
    const wall = a && b ? a.measured.wall / b.measured.wall : undefined;
    const cpu = a?.measured.cpu !== undefined && b?.measured.cpu ? a.measured.cpu / b.measured.cpu : undefined;
    const peerCell = kind === 'cold, pictures cached' ? '(its cold build)' : buildCell(b, withCpu);
    rows.push([
      label,
      buildCell(a, withCpu),
      peerCell,
      withCpu ? `${times(wall)} wall, ${times(cpu)} CPU` : times(wall),
    ]);
  }
  const [a, b] = [find(ours, 'cold'), find(peer, 'cold')];
  const dist = (r: Run | undefined) =>
    r?.dist ? `${sizeOf(r.dist.bytes)}, ${count(r.dist.files)} files` : 'not measured';
  rows.push(['dist/', dist(a), dist(b), a?.dist && b?.dist ? `${times(a.dist.bytes / b.dist.bytes)} bytes` : 'n/a']);
  const page = (r: Run | undefined) =>
    r?.chapterPage
      ? `${sizeOf(r.chapterPage.gzip)}, ${r.chapterPage.script ? `${sizeOf(r.chapterPage.script)} JS` : '0 JS'}`
      : 'not measured';
  rows.push([
    'one chapter page, gzip',
    page(a),
    page(b),
    a?.chapterPage && b?.chapterPage ? times(a.chapterPage.gzip / b.chapterPage.gzip) : 'n/a',
  ]);
  return [
    line([`${count(chapters)} chapters, site only`, ours, peer, 'ratio']),
    line(['---', '---:', '---:', '---:']),
    ...rows.map(line),
  ].join('\n');
}

/** A goal "at most `limit`× the peer's cold build", on wall seconds. */
function againstPeer(text: string, run: Run | undefined, base: Run | undefined, limit: number, then: string): string {
  if (!run || !base)
    return `- ${text} (goal ≤ ${limit.toFixed(1)}×; ${then} when issue 28 was opened): not measured in this run.`;
  const ratio = run.measured.wall / base.measured.wall;
  return (
    `- ${text} (goal ≤ ${limit.toFixed(1)}×; ${then} when issue 28 was opened): ` +
    `${seconds(run.measured.wall)} s against ${seconds(base.measured.wall)} s wall = ` +
    `${ratio.toFixed(2)}× (${verdict(ratio <= limit)}).`
  );
}

/**
 * Issue 28's goals at `large` chapters (1,000), this engine's site alone against the peer's cold build in the
 * same run, and the marginal cost of a chapter from `small` (100) to `large`: (t_large − t_small) / (large − small)
 * seconds a chapter, against t_small / small, the average cost of a chapter of the small book; met when the
 * first is at most 1.1 × the second (a book ten times as long costs no more than ten times as much, within 10%).
 */
export function peerGoals(runs: Run[], ours: string, peer: string, large: number, small: number): string {
  const find = (engine: string, chapters: number, kind: RunKind = 'cold') =>
    runs.find(
      (r) => r.book === `synthetic ${chapters}` && r.engine === engine && r.kind === kind && r.editions === 'site',
    );
  const [cold, peerCold] = [find(ours, large), find(peer, large)];
  const n = count(large);
  const out = [
    `Goals of issue 28 (printed, not asserted; ${n} chapters × 3 charts, this engine's site ` +
      `with every download, against ${peer}'s cold build in the same run, wall seconds):`,
  ];
  const cached = find(ours, large, 'cold, pictures cached');
  out.push(
    againstPeer(
      'everything but rasterising, cold: pages, embed pages, SVG and CSV downloads, search and ' +
        'checks (a fresh copy given its pictures)',
      cached,
      peerCold,
      1.0,
      ISSUE_28.withoutRasters,
    ),
  );
  const rasters = cold?.rasters;
  const wanted = large * 3 + large;
  // What the pictures cost: the cold build's CPU less that of the same build given its pictures, shared among them.
  const rasterCpu =
    cold?.measured.cpu !== undefined && cached?.measured.cpu !== undefined && rasters?.count
      ? ((cold.measured.cpu - cached.measured.cpu) / rasters.count) * 1000
      : undefined;
  out.push(
    `- rasters, one per chart plus one card per chapter (${count(wanted)}), cached between ` +
      `builds: ≤ 12 ms of CPU each (at 2× for slides): ` +
      (rasterCpu !== undefined && cold?.measured.cpu !== undefined && cached?.measured.cpu !== undefined
        ? `(${cpuSeconds(cold.measured.cpu)} − ${cpuSeconds(cached.measured.cpu)} CPU-s) / ` +
          `${count(rasters!.count)} = ${rasterCpu.toFixed(1)} ms each ` +
          `(${verdict(rasterCpu <= 12)}); `
        : 'not measured in this run; ') +
      (rasters?.count
        ? `≤ 30 KB each on average: ${count(rasters.count)} PNGs in dist/, ` +
          `${(rasters.bytes / rasters.count / 1000).toFixed(1)} KB each on average ` +
          `(${verdict(rasters.bytes / rasters.count <= 30_000)}).`
        : '≤ 30 KB each on average: not measured in this run.'),
  );
  out.push(againstPeer(`cold, everything, against ${peer}'s cold build`, cold, peerCold, 2.5, ISSUE_28.cold));
  out.push(
    againstPeer(
      `rebuild after one chapter changed, against ${peer}'s cold build`,
      find(ours, large, 'one chapter changed'),
      peerCold,
      1.0,
      ISSUE_28.rebuildEdited,
    ),
  );
  out.push(
    againstPeer(
      `rebuild with nothing changed, against ${peer}'s cold build`,
      find(ours, large, 'nothing changed'),
      peerCold,
      1.0,
      ISSUE_28.rebuildUnchanged,
    ),
  );
  const [ours$, peer$] = [cold?.dist?.bytes, peerCold?.dist?.bytes];
  out.push(
    ours$ !== undefined && peer$
      ? `- dist/ (goal ≤ 1.5× ${peer}'s bytes; ${ISSUE_28.dist} when issue 28 was opened): ` +
          `${sizeOf(ours$)} against ${sizeOf(peer$)} = ${(ours$ / peer$).toFixed(2)}× ` +
          `(${verdict(ours$ / peer$ <= 1.5)}).`
      : `- dist/ (goal ≤ 1.5× ${peer}'s bytes; ${ISSUE_28.dist} when issue 28 was opened): not measured in this run.`,
  );
  const marginal = (engine: string) => {
    const [a, b] = [find(engine, small), find(engine, large)];
    if (!a || !b) return undefined;
    const perChapter = a.measured.wall / small;
    const added = (b.measured.wall - a.measured.wall) / (large - small);
    return { a, b, perChapter, added, ratio: added / perChapter };
  };
  const mine = marginal(ours);
  const theirs = marginal(peer);
  const text =
    `marginal cost per chapter from ${count(small)} to ${n}, cold: (t${large} − t${small}) / ` +
    `${count(large - small)} against t${small} / ${small} (goal: at most 10% more)`;
  out.push(
    mine
      ? `- ${text}: (${seconds(mine.b.measured.wall)} − ${seconds(mine.a.measured.wall)}) / ` +
          `${count(large - small)} = ${(mine.added * 1000).toFixed(0)} ms against ` +
          `${seconds(mine.a.measured.wall)} / ${small} = ${(mine.perChapter * 1000).toFixed(0)} ms ` +
          `= ${mine.ratio.toFixed(2)}× (${verdict(mine.ratio <= 1.1)})` +
          (theirs
            ? `; ${peer}: ${(theirs.added * 1000).toFixed(0)} ms against ` +
              `${(theirs.perChapter * 1000).toFixed(0)} ms = ${theirs.ratio.toFixed(2)}×.`
            : '.')
      : `- ${text}: not measured in this run.`,
  );
  return out.join('\n');
}
