import { readChapterFiles } from '../../book/chapters/chapter-files.ts';
import { loadData } from '../../book/data/load.ts';
import { projectCopy, type ProjectCopy } from '../harness/copy-project.ts';
import { startDev } from '../harness/dev-server.ts';
import { openPdf, pageText } from '../harness/read-pdf.ts';
import { paths } from '../../book/routes.ts';

/** The stat the bench adds to the copy, so its edits touch nothing the book's own checks relate. */
const STAT_ID = 'editor-loop-bench';
const STAT = new RegExp(`(- id: ${STAT_ID}\\n {2}value: )\\d+\\n`);

/**
 * The words the saves write, one per rep: a digit typed into the text is a stat the checks stop on, so
 * the page would show the error overlay (which quotes the text) instead of the text.
 */
const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett', 'kilo'];
const word = (n: number): string => WORDS[n % WORDS.length]!;

/**
 * Gives the copy a stat of the bench's own (with the first stat's study and source) and a paragraph
 * showing it at the end of the book's longest chapter; returns that chapter's file, page and the stat's value.
 */
function addBenchParagraph(book: ProjectCopy): { file: string; page: string; value: number } {
  // The longest chapter: the slowest page to compile and render, so the worst an editor waits.
  const first = readChapterFiles(book.root).sort((a, b) => b.body.length - a.body.length)[0]!;
  const stat = [...loadData(book.root).stats.values()].find((s) => s.unit === 'percent' && s.value < 100)!;
  book.write(
    'data/stats.yaml',
    `${book.read('data/stats.yaml')}\n- id: ${STAT_ID}\n  value: ${stat.value}\n  unit: percent\n` +
      `  label: A number the editor-loop bench changes\n  study: ${stat.study}\n  sources: [${stat.sources[0]}]\n`,
  );
  book.append(
    first.file,
    `\nThe number the bench changes is <Stat id="${STAT_ID}" /> today. Saved ${word(0)}. Printed ${word(0)}.\n`,
  );
  return { file: first.file, page: `/${first.id}/`, value: stat.value };
}

export interface EditorLoopOptions {
  reps?: number;
  pollMs?: number;
}
export interface Timing {
  median: number;
  min: number;
  runs: number[];
}
export interface EditorLoop {
  cold: Timing;
  mdxSave: Timing;
  dataSave: Timing;
  pdfSave: Timing;
}

/** A PDF's text, all pages, white space collapsed as a reader sees it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await openPdf(bytes);
  return (await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pageText(pdf, i + 1)))).join(' ');
}

const timing = (runs: number[]): Timing => {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return { median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, min: sorted[0]!, runs };
};

/** Runs the loop on a fresh copy of the project in the current folder; times in seconds. */
export async function measureEditorLoop({ reps = 5, pollMs = 50 }: EditorLoopOptions = {}): Promise<EditorLoop> {
  const cold: number[] = [];
  const mdxSave: number[] = [];
  const dataSave: number[] = [];
  const pdfSave: number[] = [];
  const book = projectCopy();
  const { file, page, value } = addBenchParagraph(book);
  const pdf = paths.pdf(loadData(book.root).book.title);
  try {
    for (let rep = 0; rep < reps; rep++) {
      const started = performance.now();
      const dev = await startDev(book.root);
      /** Seconds from `since` until the page's text contains `text`. */
      const served = async (text: string, since: number) => {
        for (;;) {
          const html = await fetch(dev.url(page), { signal: AbortSignal.timeout(30_000) }).then(
            (r) => r.text(),
            () => '',
          );
          if (
            html
              .replace(/<[^>]*>/g, '')
              .replace(/\s+/g, ' ')
              .includes(text)
          )
            return (performance.now() - since) / 1000;
          if (performance.now() - since > 120_000)
            throw new Error(`bench: "${text}" never served; the server printed:\n${dev.log().slice(-3000)}`);
          await new Promise((r) => setTimeout(r, pollMs));
        }
      };
      /**
       * Seconds from `since` until the served PDF (timed when it arrived, not once pdf.js has read it) contains `text`.
       */
      const printed = async (text: string, since: number) => {
        for (;;) {
          const bytes = await fetch(dev.url(pdf), { signal: AbortSignal.timeout(60_000) }).then(
            (r) => (r.ok ? r.arrayBuffer() : undefined),
            () => undefined,
          );
          const at = performance.now();
          if (bytes && (await pdfText(new Uint8Array(bytes))).includes(text)) return (at - since) / 1000;
          if (performance.now() - since > 120_000)
            throw new Error(`bench: "${text}" never in the PDF; the server printed:\n${dev.log().slice(-3000)}`);
          await new Promise((r) => setTimeout(r, pollMs));
        }
      };
      try {
        cold.push(await served(`Saved ${word(rep)}.`, started));
        // Saves within one server, so each measures the warm loop an editor lives in.
        const before = performance.now();
        book.edit(file, `Saved ${word(rep)}.`, `Saved ${word(rep + 1)}.`);
        mdxSave.push(await served(`Saved ${word(rep + 1)}.`, before));
        // The stat moves by one and back, rep by rep: a change the page must show.
        const next = rep % 2 ? value : value + 1;
        const saved = performance.now();
        book.edit('data/stats.yaml', STAT, `$1${next}\n`);
        dataSave.push(await served(`The number the bench changes is ${next}% today.`, saved));
        // The print preview: typeset once (Typst's first compile in the process), then the warm loop.
        await printed(`Printed ${word(rep)}.`, performance.now());
        const typed = performance.now();
        book.edit(file, `Printed ${word(rep)}.`, `Printed ${word(rep + 1)}.`);
        pdfSave.push(await printed(`Printed ${word(rep + 1)}.`, typed));
      } finally {
        dev.stop();
      }
    }
  } finally {
    book.remove();
  }
  return { cold: timing(cold), mdxSave: timing(mdxSave), dataSave: timing(dataSave), pdfSave: timing(pdfSave) };
}

/** A goal on a median, in seconds. */
const goal = (text: string, t: Timing, limit: number) =>
  `- ${text} (goal ≤ ${limit} s median): ${t.median.toFixed(2)} s (${t.median <= limit ? 'met' : 'not met'}).`;

/** The table the command prints, then the goals (printed, not asserted). */
export function editorLoopTable(loop: EditorLoop): string {
  const row = (what: string, t: Timing) => `| ${what} | ${t.median.toFixed(2)} | ${t.min.toFixed(2)} |`;
  return [
    '| editor loop (s) | median | min |',
    '| --- | ---: | ---: |',
    row('cold start → first page', loop.cold),
    row('MDX save → new text', loop.mdxSave),
    row('data save → new number', loop.dataSave),
    row("MDX save → new text in the book's PDF", loop.pdfSave),
    '',
    `Goals (printed, not asserted; median of ${loop.pdfSave.runs.length}):`,
    goal('a sentence saved in a chapter, shown on its page', loop.mdxSave, 0.25),
    goal('a value saved in data/, shown on the page', loop.dataSave, 0.35),
    goal("a sentence saved, shown in the book's PDF by the live preview", loop.pdfSave, 0.5),
  ].join('\n');
}
