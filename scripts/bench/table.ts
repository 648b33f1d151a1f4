/** The benchmark's report: one Markdown table row per build, then each goal with its measured ratio. */
import type { Run, RunKind } from './runs.ts';

const seconds = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(1));
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1));

const HEAD = ['book', 'engine', 'build', 'makes', 'chapters', 'pages', 'wall s', 'CPU s', 'peak MB', 'site MB', 'book PDF MB'];

const row = (r: Run): string[] => [r.book, r.engine, r.kind, r.editions === 'all' ? 'site, PDFs, EPUB' : 'site', String(r.chapters),
  String(r.pages), seconds(r.measured.wall), seconds(r.measured.cpu), mb(r.measured.peak), mb(r.siteBytes), mb(r.bookPdfBytes)];

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** A goal "at most `limit`× of `base`", checked on wall and CPU seconds. */
function ratioGoal(text: string, run: Run | undefined, base: Run | undefined, limit: number): string {
  if (!run || !base) return `- ${text}: not measured in this run.`;
  const wall = run.measured.wall / base.measured.wall;
  const cpu = run.measured.cpu !== undefined && base.measured.cpu ? run.measured.cpu / base.measured.cpu : undefined;
  const met = wall <= limit && (cpu === undefined || cpu <= limit);
  return `- ${text} (goal ≤ ${limit}×): ${seconds(run.measured.wall)} s against ${seconds(base.measured.wall)} s wall = ${wall.toFixed(2)}×; `
    + `${seconds(run.measured.cpu)} s against ${seconds(base.measured.cpu)} s CPU = ${cpu?.toFixed(2) ?? 'n/a'}× (${met ? 'met' : 'not met'}).`;
}

/** A goal "at most `limit` seconds" for one of the print steps of this engine's cold build, as its log reports it. */
function stepGoal(text: string, run: Run | undefined, step: { seconds: number; made: string } | undefined, limit: number): string {
  if (!run) return `- ${text}: not measured in this run.`;
  if (!step) return `- ${text} (goal ≤ ${limit.toFixed(1)} s): not in the build's log.`;
  return `- ${text} (goal ≤ ${limit.toFixed(1)} s): ${seconds(step.seconds)} s, ${step.made} (${step.seconds <= limit ? 'met' : 'not met'}).`;
}

/** The whole report, as Markdown. `ours` and `today` name the two engines. */
export function report(runs: Run[], ours: string, today: string, context: string): string {
  const find = (book: string, engine: string, kind: RunKind = 'cold') => runs.find((r) => r.book === book && r.engine === engine && r.kind === kind);
  const out = [line(HEAD), line(HEAD.map((_, i) => (i < 4 ? '---' : '---:'))), ...runs.map((r) => line(row(r))), '', context, '',
    `Goals of the Typst print issue (printed, not asserted; against ${today} in the same run):`];
  const cold = find('this book', ours);
  const pdfs = cold?.steps?.pdfs;
  const epub = cold?.steps?.epub;
  out.push(stepGoal('this book, cold build, the print editions (the book\'s PDF and each chapter\'s), as the build\'s log times them', cold,
    pdfs && { seconds: pdfs.seconds, made: `${pdfs.count} PDFs, ${pdfs.bookPages} pages in the book's, ${pdfs.allPages} in all` }, 1.0));
  out.push(stepGoal('this book, cold build, the EPUB with its page-marker pass, as the build\'s log times it', cold,
    epub && { seconds: epub.seconds, made: `${epub.chapters} chapters, ${epub.pagesListed} print pages listed, ${epub.size}` }, 0.5));
  out.push(ratioGoal('this book, cold build, against today\'s', cold, find('this book', today), 0.4));
  out.push(ratioGoal('this book, rebuild after one chapter changed, against today\'s cold build', find('this book', ours, 'one chapter changed'), find('this book', today), 0.3));
  out.push(ratioGoal('synthetic 100 chapters, site and PDFs, against today\'s', find('synthetic 100', ours), find('synthetic 100', today), 0.4));
  const thousand = find('synthetic 1000', ours);
  out.push('', 'Not a goal of this issue:');
  out.push(thousand
    ? `- synthetic 1,000 chapters, site (goal ≤ 30 s): ${seconds(thousand.measured.wall)} s wall, ${seconds(thousand.measured.cpu)} s CPU (${thousand.measured.wall <= 30 ? 'met' : 'not met'}).`
    : '- synthetic 1,000 chapters, site: not measured in this run.');
  return out.join('\n');
}
