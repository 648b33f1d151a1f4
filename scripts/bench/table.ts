/** The benchmark's report: one Markdown table row per book, the growth from 100 to 1,000 chapters, and the targets. */
import type { BookRun } from './build-book.ts';

const seconds = (s: number | undefined) => (s === undefined ? 'n/a' : s.toFixed(1));
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || a === 0 ? 'n/a' : `×${(b / a).toFixed(1)}`);

const HEAD = ['book', 'chapters', 'pages', 'site s', 'site CPU s', 'PDF s', 'PDF CPU s', 'peak MB', 'site MB', 'book PDF MB'];

/** One row of the table. */
function row(run: BookRun): string[] {
  const peak = Math.max(run.site.peak ?? 0, run.pdf?.peak ?? 0) || undefined;
  return [run.name, String(run.chapters), String(run.pages), seconds(run.site.wall), seconds(run.site.cpu),
    run.pdf ? seconds(run.pdf.wall) : '–', run.pdf ? seconds(run.pdf.cpu) : '–', mb(peak), mb(run.siteBytes), mb(run.bookPdfBytes)];
}

const line = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** How the larger book's figures grew against the smaller's: linear growth matches the chapter ratio. */
export function growth(small: BookRun, large: BookRun): string {
  return `Growth from ${small.chapters} to ${large.chapters} chapters (linear = ${ratio(small.chapters, large.chapters)}): `
    + `pages ${ratio(small.pages, large.pages)}, site time ${ratio(small.site.wall, large.site.wall)}, `
    + `site CPU ${ratio(small.site.cpu, large.site.cpu)}, peak memory ${ratio(small.site.peak, large.site.peak)}, `
    + `site bytes ${ratio(small.siteBytes, large.siteBytes)}.`;
}

/** The whole report, as Markdown. `real` is the project's own book, when it was measured. */
export function report(runs: BookRun[], context: string): string {
  const out = [line(HEAD), line(HEAD.map((h, i) => (i < 1 ? '---' : '---:'))), ...runs.map((r) => line(row(r)))];
  out.push('', context);
  const bySize = (n: number) => runs.find((r) => r.name === `synthetic ${n}`);
  const [hundred, thousand] = [bySize(100), bySize(1000)];
  if (hundred && thousand) out.push('', growth(hundred, thousand));
  const real = runs.find((r) => !r.name.startsWith('synthetic'));
  out.push('', 'Targets (printed, not asserted):');
  if (real) {
    const total = real.site.wall + (real.pdf?.wall ?? 0);
    const cpu = (real.site.cpu ?? 0) + (real.pdf?.cpu ?? 0);
    out.push(`- ${real.name}: site and PDF in 10 s or less: ${seconds(total)} s wall, ${seconds(cpu)} s CPU (${total <= 10 ? 'met' : 'not met'}).`);
  }
  if (thousand) out.push(`- 1,000 chapters in 30 s or less: ${seconds(thousand.site.wall)} s wall, ${seconds(thousand.site.cpu)} s CPU (${thousand.site.wall <= 30 ? 'met' : 'not met'}).`);
  return out.join('\n');
}
