/**
 * The editor's loop in the live preview, measured: `astro dev` on a temporary copy of the project, then
 *   cold start → the first page served,
 *   a sentence saved in a chapter's MDX → the new text served,
 *   a value saved in data/stats.yaml → the new number served,
 * each repeated, polling the page every 50 ms. `node scripts/bench/editor-loop.ts [--reps 5]` prints a
 * Markdown table of the median and the minimum.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { projectCopy } from '../../tests/editors/copy-project.ts';
import { startDev } from '../../tests/editors/dev-server.ts';

const PAGE = '/what-staff-think/';
const CHAPTER = 'src/content/chapters/what-staff-think.mdx';
const SENTENCE = 'Awareness is not the problem.';
const STAT = /(- id: staff-role-awareness\n {2}value: )\d+\n/;

export interface EditorLoopOptions { reps?: number; pollMs?: number }
export interface Timing { median: number; min: number; runs: number[] }
export interface EditorLoop { cold: Timing; mdxSave: Timing; dataSave: Timing }

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
  const book = projectCopy();
  try {
    for (let rep = 0; rep < reps; rep++) {
      const started = performance.now();
      const dev = await startDev(book.root);
      /** Seconds from `since` until the page's text contains `text`. */
      const served = async (text: string, since: number) => {
        for (;;) {
          const html = await fetch(dev.url(PAGE), { signal: AbortSignal.timeout(30_000) }).then((r) => r.text(), () => '');
          if (html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').includes(text)) return (performance.now() - since) / 1000;
          if (performance.now() - since > 120_000) throw new Error(`bench: "${text}" never served; the server printed:\n${dev.log().slice(-3000)}`);
          await new Promise((r) => setTimeout(r, pollMs));
        }
      };
      try {
        cold.push(await served(SENTENCE, started));
        // Saves within one server, so each measures the warm loop an editor lives in.
        const word = `Edited${rep}.`;
        const before = performance.now();
        book.edit(CHAPTER, SENTENCE, `${SENTENCE} ${word}`);
        mdxSave.push(await served(`${SENTENCE} ${word}`, before));
        book.edit(CHAPTER, `${SENTENCE} ${word}`, SENTENCE);
        await served(`${SENTENCE} Of the staff`, performance.now());
        // Near the book's 94, so the relations the text states ("almost all") still hold.
        const value = 95 + rep;
        const saved = performance.now();
        book.edit('data/stats.yaml', STAT, `$1${value}\n`);
        dataSave.push(await served(`Of the staff who answered, ${value}% understand`, saved));
      } finally {
        dev.stop();
      }
    }
  } finally {
    book.remove();
  }
  return { cold: timing(cold), mdxSave: timing(mdxSave), dataSave: timing(dataSave) };
}

/** The table the command prints. */
export function editorLoopTable(loop: EditorLoop): string {
  const row = (what: string, t: Timing) => `| ${what} | ${t.median.toFixed(2)} | ${t.min.toFixed(2)} |`;
  return ['| editor loop (s) | median | min |', '| --- | ---: | ---: |', row('cold start → first page', loop.cold),
    row('MDX save → new text', loop.mdxSave), row('data save → new number', loop.dataSave)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { reps: { type: 'string', default: '5' } } });
  console.log(editorLoopTable(await measureEditorLoop({ reps: Number(values.reps) })));
}
